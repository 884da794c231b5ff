package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.temporal.ChronoUnit;
import loop.media.entity.Claim;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The conversion worker's state changes, each retried when it loses a race (an optimistic-lock
 * conflict with a delete or another writer, surfacing at flush as a {@link PersistenceException}
 * or at commit as a {@link TransactionalException}): the retry reads the current state again, so
 * e.g. a job completed just after its item was deleted sees the item gone and lets its pack go.
 *
 * <p>A bean of its own because Fault Tolerance's interceptor runs inside {@code @Transactional}'s
 * (priorities 4010 and 200): {@code @Retry} on a {@link MediaIndex} method would retry inside the
 * failed transaction. Here each attempt is a new transaction. Every method retries the same way
 * (the class-level {@code @Retry}).
 */
@ApplicationScoped
@Retry(retryOn = {PersistenceException.class, TransactionalException.class}, maxRetries = 4,
    delay = 20, jitter = 10, delayUnit = ChronoUnit.MILLIS)
public class JobTransitions {

  @Inject MediaIndex index;

  public Claim claimNext() {
    return index.claimNext();
  }

  public void progress(String jobId, String stage, int percent) {
    index.progress(jobId, stage, percent);
  }

  public MediaIndex.Completed completed(Claim claim, int width, int height, int[] durations,
      int loopCount) {
    return index.completed(claim, width, height, durations, loopCount);
  }

  public void failed(Claim claim, String reason) {
    index.failed(claim, reason);
  }

  public void reconvert(String slug) {
    index.reconvert(slug);
  }

  public void convertAgain(String slug, String vanishedPack) {
    index.convertAgain(slug, vanishedPack);
  }

  public boolean reconvertIfStill(String slug, String packName) {
    return index.reconvertIfStill(slug, packName);
  }

  public void abandon(String slug, String reason) {
    index.abandon(slug, reason);
  }
}
