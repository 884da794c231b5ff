package loop.system.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first {@code cap} bytes written to it and counts the rest, so a chatty child costs at
 * most {@code cap} bytes of heap however much it prints. Thread-safe: a drain thread appends while
 * the caller may read.
 */
final class OutputCapture {

  private final int cap;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long total;

  OutputCapture(int cap) {
    this.cap = cap;
  }

  /** Keeps what still fits of {@code bytes[offset, offset + length)}; counts all of it. */
  synchronized void append(byte[] bytes, int offset, int length) {
    int room = (int) Math.min(length, Math.max(0, cap - kept.size()));
    kept.write(bytes, offset, room);
    total += length;
  }

  /** True when more was written than kept. */
  synchronized boolean truncated() {
    return total > kept.size();
  }

  /** The kept bytes as UTF-8 (malformed sequences replaced). */
  synchronized String text() {
    return kept.toString(StandardCharsets.UTF_8);
  }
}
