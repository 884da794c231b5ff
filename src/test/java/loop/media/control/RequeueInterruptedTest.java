package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import loop.media.entity.MediaFailed;
import loop.media.entity.MediaItem;
import loop.media.entity.ProcessingJob;
import loop.media.entity.ProcessingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The restart rules of {@link MediaIndex#requeueInterrupted} and the reconciliation's transitions,
 * on an in-memory store (the SQL side is covered by the ITs and scripts/chaos).
 */
class RequeueInterruptedTest {

  LocalComponents.ListStore store;
  LocalComponents.Recorder<MediaFailed> failed;
  MediaIndex cut;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void setUp() {
    cut = LocalComponents.index();
    store = (LocalComponents.ListStore) cut.store;
    failed = (LocalComponents.Recorder<MediaFailed>) cut.failed;
  }

  String upload(String slug) {
    MediaItem item = new MediaItem(slug, slug + ".gif", "image/gif", 10, "ab".repeat(32));
    item.setStoredName(slug + ".gif");
    return cut.register(item).jobId();
  }

  @Test
  void aConversionARestartInterruptedIsQueuedAgain() {
    upload("a_0123456789ab");
    cut.claimNext();
    assertEquals(ProcessingStatus.PROCESSING, store.items.get(0).getProcessingStatus());

    assertEquals(1, cut.requeueInterrupted());

    assertEquals(ProcessingJob.Status.QUEUED, store.jobs.get(0).getStatus());
    assertEquals(ProcessingStatus.UPLOADED, store.items.get(0).getProcessingStatus());
    assertTrue(cut.anyQueued());
  }

  @Test
  void aJobThatStoppedTheDeviceTwiceFailsWithAReason() {
    upload("a_0123456789ab");
    cut.claimNext();
    cut.requeueInterrupted();
    cut.claimNext();

    cut.requeueInterrupted();

    assertEquals(ProcessingJob.Status.ERROR, store.jobs.get(0).getStatus());
    MediaItem item = store.items.get(0);
    assertEquals(ProcessingStatus.ERROR, item.getProcessingStatus());
    assertTrue(item.getError().contains("stopped the device 2 times"), item.getError());
    assertEquals(1, failed.fired.size());
  }

  @Test
  void aCompletedItemWhoseFramesWereLostConvertsAgainWithOneNewJob() {
    upload("a_0123456789ab");
    var claim = cut.claimNext();
    cut.completed(claim, 320, 240, new int[] {40, 40}, 0);

    cut.reconvert("a_0123456789ab");

    MediaItem item = store.items.get(0);
    assertEquals(ProcessingStatus.UPLOADED, item.getProcessingStatus());
    assertEquals(null, item.getPackName());
    assertEquals(1, store.jobs.size());
    assertEquals(ProcessingJob.Status.QUEUED, store.jobs.get(0).getStatus());
    assertEquals(0, store.jobs.get(0).getAttempts());
    assertTrue(cut.facts().get(0).queued());
  }

  @Test
  void anItemWhoseOriginalIsLostFailsAndKeepsNoJob() {
    upload("a_0123456789ab");

    cut.abandon("a_0123456789ab", Reconciliation.ORIGINAL_LOST);

    assertEquals(ProcessingStatus.ERROR, store.items.get(0).getProcessingStatus());
    assertEquals(List.of(), store.jobs);
    assertEquals(Reconciliation.ORIGINAL_LOST, failed.fired.get(0).reason());
  }
}
