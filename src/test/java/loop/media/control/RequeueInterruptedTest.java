package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
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

  /** Keeps rows in lists; only what MediaIndex uses. */
  static class ListStore extends MediaStore {
    final List<MediaItem> items = new ArrayList<>();
    final List<ProcessingJob> jobs = new ArrayList<>();

    @Override
    public Optional<MediaItem> bySlug(String slug) {
      return items.stream().filter(m -> m.getSlug().equals(slug)).findFirst();
    }

    @Override
    public List<MediaItem> newestFirst() {
      return List.copyOf(items);
    }

    @Override
    public Optional<ProcessingJob> job(String jobId) {
      return jobs.stream().filter(j -> j.getJobId().equals(jobId)).findFirst();
    }

    @Override
    public List<ProcessingJob> jobsIn(List<ProcessingJob.Status> states) {
      return jobs.stream().filter(j -> states.contains(j.getStatus())).toList();
    }

    @Override
    public void add(MediaItem item) {
      items.add(item);
    }

    @Override
    public void add(ProcessingJob job) {
      jobs.add(job);
    }

    @Override
    public void removeJobsOf(String slug) {
      jobs.removeIf(j -> j.getSlug().equals(slug));
    }

    @Override
    public void flush() {}
  }

  /** Records fired events. */
  static class Recorder<T> implements Event<T> {
    final List<T> fired = new ArrayList<>();

    @Override
    public void fire(T event) {
      fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  ListStore store;
  Recorder<MediaFailed> failed;
  MediaIndex cut;

  @BeforeEach
  void setUp() {
    store = new ListStore();
    failed = new Recorder<>();
    cut = new MediaIndex();
    cut.store = store;
    cut.failed = failed;
    cut.jobs = new Recorder<>();
    cut.imported = new Recorder<>();
    cut.deleted = new Recorder<>();
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
