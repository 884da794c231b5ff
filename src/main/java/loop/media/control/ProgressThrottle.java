package loop.media.control;

import java.util.function.IntConsumer;

/**
 * Persists a running job's percent at most once a second, so a fast conversion does not turn
 * into a stream of database writes.
 */
final class ProgressThrottle implements IntConsumer {

  private final String jobId;
  private final JobTransitions index;
  private long lastWrite = System.nanoTime();

  ProgressThrottle(String jobId, JobTransitions index) {
    this.jobId = jobId;
    this.index = index;
  }

  @Override
  public void accept(int percent) {
    long now = System.nanoTime();
    if (now - lastWrite < 1_000_000_000L) {
      return;
    }
    lastWrite = now;
    index.progress(jobId, "converting", percent);
  }
}
