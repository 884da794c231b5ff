package loop.player.entity;

/**
 * How long one item plays before the next (loop mode {@code all}).
 *
 * @param plays passes through the item's frames (≥ 1)
 * @param minSeconds the least time on screen; more passes are added to reach it (still pictures:
 *     one long frame, so this is how long a picture shows)
 * @param honourFileLoopCount when the file says "play n times" (GIF/WebP loop count n > 0),
 *     play it n times instead of {@code plays}
 */
public record ItemPolicy(int plays, int minSeconds, boolean honourFileLoopCount) {

  /** Passes for an item whose one pass lasts {@code passMs} and whose file says {@code fileLoops}. */
  public int passes(long passMs, int fileLoops) {
    int wanted = honourFileLoopCount && fileLoops > 0 ? fileLoops : Math.max(1, plays);
    long minMs = minSeconds * 1000L;
    if (passMs > 0 && wanted * passMs < minMs) {
      wanted = (int) Math.min(Integer.MAX_VALUE, (minMs + passMs - 1) / passMs);
    }
    return wanted;
  }
}
