package loop.media.control;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import loop.media.entity.MediaItem;
import loop.media.entity.ProcessingJob;

/** The media controls wired by hand for tests: an in-memory index, storage in a temp dir. */
public final class LocalComponents {

  private LocalComponents() {}

  /** A {@link MediaIndex} on lists, its events recorded. */
  public static MediaIndex index() {
    MediaIndex index = new MediaIndex();
    index.store = new ListStore();
    index.failed = new Recorder<>();
    index.jobs = new Recorder<>();
    index.imported = new Recorder<>();
    index.deleted = new Recorder<>();
    return index;
  }

  /** Media storage under {@code data}, no size cap to speak of, no free-space floor. */
  public static MediaStorage storage(Path data) {
    MediaStorage storage = new MediaStorage();
    storage.dataDir = data.toString();
    storage.maxUploadBytes = 1 << 30;
    storage.minFreeMb = () -> 0L;
    return storage;
  }

  /** Resumable uploads under {@code data/uploads}. */
  public static ResumableUploads uploads(Path data) {
    ResumableUploads uploads = new ResumableUploads();
    uploads.dataDir = data.toString();
    uploads.storage = storage(data);
    return uploads;
  }

  /** Keeps rows in lists; only what MediaIndex uses. */
  public static class ListStore extends MediaStore {
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
  public static class Recorder<T> implements Event<T> {
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
}
