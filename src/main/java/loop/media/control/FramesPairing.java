package loop.media.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * LOOP's client contract for pre-converted frames: the original and {@code <base>_frames.zip}
 * arrive in one request. A ZIP pairs with the first original of the request whose name is
 * {@code <base>}, or whose name without its extension is {@code <base>} (case ignored); each
 * original takes at most one ZIP, and only parts that really are ZIPs take part.
 */
public final class FramesPairing {

  static final String SUFFIX = "_frames.zip";

  private FramesPairing() {}

  /**
   * Pairs the parts of one request by name.
   *
   * @param names the parts' file names, in arrival order
   * @param isZip whether the part at an index is a ZIP by content
   * @return original index → ZIP index, in arrival order of the originals
   */
  public static Map<Integer, Integer> pair(List<String> names, IntPredicate isZip) {
    Map<Integer, Integer> pairs = new LinkedHashMap<>();
    for (int z = 0; z < names.size(); z++) {
      String base = base(names.get(z));
      if (base == null || !isZip.test(z)) {
        continue;
      }
      for (int o = 0; o < names.size(); o++) {
        if (o != z && base(names.get(o)) == null && !pairs.containsKey(o)
            && !pairs.containsValue(o) && matches(names.get(o), base)) {
          pairs.put(o, z);
          break;
        }
      }
    }
    return pairs;
  }

  /** The {@code <base>} of a {@code <base>_frames.zip} name, else null. */
  static String base(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(SUFFIX) && lower.length() > SUFFIX.length()
        ? name.substring(0, name.length() - SUFFIX.length()) : null;
  }

  private static boolean matches(String original, String base) {
    int dot = original.lastIndexOf('.');
    String stem = dot > 0 ? original.substring(0, dot) : original;
    return original.equalsIgnoreCase(base) || stem.equalsIgnoreCase(base);
  }
}
