package loop.player.control;

import java.util.List;

/** Which slug comes after or before the active one in the loop order (pure, wraps around). */
public final class LoopStep {

  private LoopStep() {}

  /** The slug {@code step} places from {@code active}; the first one when active is absent. */
  public static String from(List<String> loop, String active, int step) {
    if (loop.isEmpty()) {
      return null;
    }
    int index = active == null ? -1 : loop.indexOf(active);
    if (index < 0) {
      return loop.get(0);
    }
    int n = loop.size();
    return loop.get(Math.floorMod(index + step, n));
  }
}
