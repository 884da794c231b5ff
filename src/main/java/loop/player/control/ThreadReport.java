package loop.player.control;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;

/**
 * What Loop's threads are doing, for the log when playback stalls: every thread that runs Loop
 * code or holds a lock, with its state, the lock it waits for and who owns it, the locks it
 * holds, and its top frames. A stall that never clears (a thread holding the database connection
 * while it waits for something else) is then named by the log of the device it happened on.
 */
public final class ThreadReport {

  static final int MAX_THREADS = 24;
  static final int MAX_FRAMES = 14;

  private ThreadReport() {}

  /** The report for this JVM now. */
  public static String now() {
    return of(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true));
  }

  static String of(ThreadInfo[] threads) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (ThreadInfo t : threads) {
      if (t == null || !relevant(t)) {
        continue;
      }
      if (++shown > MAX_THREADS) {
        out.append("... more threads left out\n");
        break;
      }
      out.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState());
      if (t.getLockName() != null) {
        out.append(" on ").append(t.getLockName());
        if (t.getLockOwnerName() != null) {
          out.append(" owned by \"").append(t.getLockOwnerName()).append('"');
        }
      }
      out.append('\n');
      for (LockInfo held : t.getLockedSynchronizers()) {
        out.append("    holds ").append(held).append('\n');
      }
      Arrays.stream(t.getLockedMonitors())
          .forEach(m -> out.append("    holds ").append(m).append('\n'));
      StackTraceElement[] stack = t.getStackTrace();
      for (int i = 0; i < Math.min(MAX_FRAMES, stack.length); i++) {
        out.append("    at ").append(stack[i]).append('\n');
      }
    }
    return out.toString();
  }

  private static boolean relevant(ThreadInfo t) {
    return t.getLockedSynchronizers().length > 0
        || Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("loop."));
  }
}
