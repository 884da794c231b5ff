package loop.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import loop.media.control.ContentSniffer;
import loop.media.control.MediaIndex;
import loop.media.control.MediaNames;
import loop.media.control.MediaStorage;
import loop.media.control.OpenPacks;
import loop.media.control.pack.FramePack;
import loop.media.entity.JobView;
import loop.media.entity.MediaDetail;
import loop.media.entity.MediaItem;
import loop.media.entity.MediaSummary;
import loop.media.entity.ProcessingJob;
import loop.web.ApiException;

/**
 * The media library as other components and the HTTP boundary see it: list and find items,
 * import an upload (bytes to disk first, then one short index transaction), delete.
 */
@ApplicationScoped
public class MediaLibrary {

  /** The outcome of one uploaded file: its item, its job, and whether it was already there. */
  public record Imported(String slug, String jobId, boolean existed) {}

  @Inject MediaIndex index;
  @Inject MediaStorage storage;
  @Inject OpenPacks packs;
  @Inject loop.media.control.ConversionWorker worker;

  public List<MediaSummary> newestFirst() {
    return index.newestFirst().stream().map(MediaSummary::of).toList();
  }

  public long count() {
    return index.count();
  }

  /** One item in full; 404 when the slug is unknown. */
  public MediaDetail detail(String slug) {
    return MediaDetail.of(item(slug));
  }

  /** The item behind a slug; 404 when it is unknown. */
  public MediaItem item(String slug) {
    if (!MediaNames.isSlug(slug)) {
      throw ApiException.badRequest(
          "'" + abbreviate(slug) + "' is not a valid media id (lower-case name_12hex).");
    }
    return index.bySlug(slug)
        .orElseThrow(() -> ApiException.notFound("There is no media item '" + slug + "'."));
  }

  /** Where the item's original is stored (it may be gone if the disk was tampered with). */
  public java.nio.file.Path originalFile(MediaItem item) {
    return storage.original(item.getStoredName());
  }

  /** The item's frame pack, memory-mapped; 404 while it is not converted (or failed). */
  public FramePack pack(String slug) {
    MediaItem item = item(slug);
    if (item.getPackName() == null) {
      throw ApiException.notFound("'" + item.getFilename() + "' has no frames yet ("
          + item.getProcessingStatus().wire() + ").");
    }
    try {
      return packs.open(storage.pack(item.getPackName()));
    } catch (java.io.IOException e) {
      throw ApiException.notFound("The frames of '" + item.getFilename() + "' are missing.");
    }
  }

  /** Frame {@code n} of a pack; 404 past the last frame. */
  public java.nio.ByteBuffer frame(FramePack pack, int n) {
    if (n < 0 || n >= pack.frameCount()) {
      throw ApiException.notFound(
          "There is no frame " + n + "; frames are 0 to " + (pack.frameCount() - 1) + ".");
    }
    return pack.frame(n);
  }

  /** The thumbnail PNG of a converted item; 404 until there is one. */
  public java.nio.file.Path thumbnail(String slug) {
    MediaItem item = item(slug);
    java.nio.file.Path png =
        item.getPackName() == null ? null : storage.thumbnail(item.getPackName());
    if (png == null || !java.nio.file.Files.isRegularFile(png)) {
      throw ApiException.notFound("'" + item.getFilename() + "' has no thumbnail yet ("
          + item.getProcessingStatus().wire() + ").");
    }
    return png;
  }

  /** The given slugs that are converted and can play, in the given order. */
  public List<String> playable(List<String> slugs) {
    java.util.Set<String> done = index.completedSlugs();
    return slugs.stream().filter(done::contains).toList();
  }

  /** Marks an item unplayable (its frames failed to load twice) with the reason for the user. */
  public void quarantine(String slug, String reason) {
    index.quarantine(slug, reason);
  }

  /** Jobs still queued or converting, oldest first. */
  public List<JobView> activeJobs() {
    return index
        .jobsIn(List.of(ProcessingJob.Status.QUEUED, ProcessingJob.Status.PROCESSING))
        .stream()
        .map(JobView::of)
        .toList();
  }

  /**
   * Stores one uploaded file and queues its conversion. Refuses empty and unrecognised content
   * with a sentence naming the reason; the same bytes under the same name return the existing item.
   */
  public Imported importUpload(String clientName, InputStream content) {
    MediaStorage.Received received;
    try {
      storage.requireSpace();
      received = storage.receive(content);
    } catch (MediaStorage.StorageFull e) {
      throw new ApiException(507, e.getMessage(), null, null);
    } catch (MediaStorage.TooLarge e) {
      throw new ApiException(413, e.getMessage(), null, null);
    } catch (MediaStorage.CutOff e) {
      throw ApiException.badRequest(
          "The upload of '" + MediaNames.displayName(clientName) + "' was cut off before it was "
              + "complete; nothing was kept.");
    }
    try {
      return register(MediaNames.displayName(clientName), received);
    } finally {
      storage.discard(received.temp()); // a no-op once the file was kept
    }
  }

  private Imported register(String name, MediaStorage.Received received) {
    ContentSniffer.Kind kind = kindOf(received, name);
    String slug = MediaNames.slug(name, received.sha256());
    if (index.bySlug(slug).isPresent()) {
      return new Imported(slug, null, true);
    }
    MediaItem item = new MediaItem(slug, name, kind.mimeType(), received.size(), received.sha256());
    item.setStoredName(slug + "." + kind.extension());
    storage.keep(received, item.getStoredName());
    try {
      MediaIndex.Registered r = index.register(item);
      return new Imported(r.slug(), r.jobId(), r.existed());
    } catch (RuntimeException e) {
      storage.deleteOriginal(item.getStoredName());
      throw e;
    }
  }

  /** Deletes the item, its jobs, its place in the loop (same transaction) and then its files. */
  public void delete(String slug) {
    item(slug);
    index.delete(slug).ifPresent(removed -> {
      storage.deleteOriginalQuietly(removed.storedName());
      if (removed.packName() != null) {
        packs.forget(storage.pack(removed.packName()));
        storage.deletePackQuietly(removed.packName());
      }
    });
  }

  /**
   * Holds conversions for a restore: no new job starts, and up to {@code wait} is given to the
   * running one; false when it is still running (conversions go on).
   */
  public boolean holdConversions(Duration wait) {
    return worker.hold(wait);
  }

  /**
   * Ends the hold after a restore: open packs are forgotten, interrupted jobs of the restored
   * index re-queued, and with {@code cleanOriginals} originals no item owns removed.
   */
  public void releaseConversions(boolean cleanOriginals) {
    if (cleanOriginals) {
      cleanup();
    }
    worker.release();
  }

  /** Removes stored files no item owns and upload leftovers older than an hour. */
  public int cleanup() {
    Set<String> known =
        index.newestFirst().stream().map(MediaItem::getStoredName).collect(Collectors.toSet());
    return storage.removeOrphans(known, Duration.ofHours(1));
  }

  private ContentSniffer.Kind kindOf(MediaStorage.Received received, String name) {
    if (received.size() == 0) {
      throw new ApiException(400, "'" + name + "' is empty (0 bytes).", null, null);
    }
    ContentSniffer.unsupported(received.head(), received.headLength()).ifPresent(reason -> {
      throw new ApiException(415, "'" + name + "' " + reason + ".", null, null);
    });
    return ContentSniffer.sniff(received.head(), received.headLength())
        .orElseThrow(
            () -> new ApiException(
                415,
                "'" + name + "' is not a picture, animation or video Loop can play "
                    + "(accepted: GIF, PNG, JPEG, WebP, MP4, MOV, AVI, WebM, MKV, frame ZIP).",
                null,
                null));
  }

  static String abbreviate(String s) {
    String v = s == null ? "" : s;
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }
}
