package loop.playlist.entity;

import java.util.List;

/**
 * The loop as clients see it: LOOP's {@code loop} (slugs in order) plus each entry's policy and
 * the {@code version} to send back with an edit (a stale one is refused with 409).
 */
public record LoopView(List<String> loop, List<Entry> entries, int version, long lastUpdated) {

  /** One place in the loop; null policy fields mean "the configured default". */
  public record Entry(String slug, int position, Integer plays, Integer minSeconds) {}
}
