package loop.display.entity;

import java.util.List;

/**
 * A message that takes over the screen: a title, a few lines, optionally a QR code of a URL.
 *
 * @param key identifies the message; posting the same key replaces it
 * @param priority higher preempts lower ({@link #IDLE} 0 … {@link #BOOT} 100)
 * @param title the first, large line
 * @param lines further lines, small
 * @param qr text to encode as a QR code (e.g. the UI's URL), or null
 * @param expiresAtNanos monotonic time after which it gives way; {@code Long.MAX_VALUE} = never
 */
public record ScreenMessage(
    String key, int priority, String title, List<String> lines, String qr, long expiresAtNanos) {

  public static final int IDLE = 0;
  public static final int INFO = 50;
  public static final int PROGRESS = 60;
  public static final int ERROR = 80;
  public static final int BOOT = 100;

  public boolean expired(long nowNanos) {
    return nowNanos - expiresAtNanos >= 0;
  }
}
