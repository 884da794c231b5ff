package loop.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import loop.media.control.ContentSniffer;
import loop.media.control.FramesPairing;
import loop.media.control.MediaIndex;
import loop.media.control.MediaNames;
import loop.media.control.MediaStorage;
import loop.media.control.OpenPacks;
import loop.media.control.OwnershipLock;
import loop.media.control.Reconciliation;
import loop.media.control.PageCursor;
import loop.media.control.pack.FramePack;
import loop.media.entity.FitMode;
import loop.media.entity.JobView;
import loop.media.entity.MediaDetail;
import loop.media.entity.MediaItem;
import loop.media.entity.MediaPage;
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
  @Inject OwnershipLock ownership;
  @Inject loop.media.control.ConversionWorker worker;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "loop.media.max-files-per-upload", defaultValue = "50")
  int maxFilesPerUpload;

  /** Items per page when the client names none, and the most it may ask for. */
  public static final int DEFAULT_PAGE = 100;
  public static final int MAX_PAGE = 500;

  /**
   * One page of the library, newest first; {@code cursor} is null for the first page or the
   * {@code next_cursor} of the previous one. 400 for a limit out of 1..500 or a foreign cursor.
   */
  public MediaPage page(int limit, String cursor) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw ApiException.badRequest("limit must be between 1 and " + MAX_PAGE + ", not " + limit
          + ".");
    }
    PageCursor after = null;
    if (cursor != null) {
      after = PageCursor.decode(cursor).orElseThrow(() -> ApiException.badRequest(
          "The cursor '" + abbreviate(cursor) + "' is not one this server gave out; start again "
              + "without it."));
    }
    List<MediaItem> items = index.page(after == null ? null : after.uploadedAt(),
        after == null ? 0 : after.id(), limit + 1);
    String next = null;
    if (items.size() > limit) {
      items = items.subList(0, limit);
      MediaItem last = items.get(limit - 1);
      next = new PageCursor(last.getUploadedAt(), last.getId()).encode();
    }
    return new MediaPage(items.stream().map(MediaSummary::of).toList(), next);
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

  /** The name of the pack the item plays now, null when it has none (or is gone). */
  public String packName(String slug) {
    return index.bySlug(slug).map(MediaItem::getPackName).orElse(null);
  }

  /** The item's frame pack, memory-mapped; 404 while it is not converted (or failed). */
  public FramePack pack(String slug) {
    return pack(item(slug));
  }

  /** The pack of an item as read (so its name and its bytes agree); 404 as above. */
  public FramePack pack(MediaItem item) {
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
   * The most files one upload request carries: each is stored before any is registered, so the
   * count bounds what one request can put on the disk at once. Files past it are refused by name.
   */
  public int maxFilesPerUpload() {
    return maxFilesPerUpload;
  }

  /** Refuses a file past {@link #maxFilesPerUpload()}; its bytes are skipped, never stored. */
  public Outcome tooMany(String clientName) {
    String name = MediaNames.displayName(clientName);
    return new Outcome(name, null, new ApiException(413, "'" + name + "' was not taken: one "
        + "upload carries at most " + maxFilesPerUpload + " files; send it in another upload.",
        null, null));
  }

  /** One file of a request, on disk under a temp name until it is registered or discarded. */
  public record Incoming(String name, MediaStorage.Received received) {}

  /** What became of one file of a request: imported (perhaps paired), or refused with why. */
  public record Outcome(String name, Imported imported, ApiException refused) {}

  /**
   * Stores one uploaded file and queues its conversion. Refuses empty and unrecognised content
   * with a sentence naming the reason; the same bytes under the same name return the existing item.
   */
  public Imported importUpload(String clientName, InputStream content) {
    Incoming file = receive(clientName, content);
    try {
      return register(file, null);
    } finally {
      storage.discard(file.received().temp()); // a no-op once the file was kept
    }
  }

  /**
   * Streams one file of a request to a temp file (size cap and free-space floor checked while
   * it arrives). The caller registers it ({@link #importAll}) or discards it.
   */
  public Incoming receive(String clientName, InputStream content) {
    String name = MediaNames.displayName(clientName);
    try {
      storage.requireSpace();
      return new Incoming(name, storage.receive(content));
    } catch (MediaStorage.StorageFull e) {
      throw new ApiException(507, e.getMessage(), null, null);
    } catch (MediaStorage.TooLarge e) {
      throw new ApiException(413, e.getMessage(), null, null);
    } catch (MediaStorage.CutOff e) {
      throw ApiException.badRequest("The upload of '" + name + "' was cut off before it was "
          + "complete; nothing was kept.");
    }
  }

  /**
   * Registers the received files of one request, in order. LOOP's clients send a picture or
   * video together with {@code <base>_frames.zip}, the frames they converted themselves: such a
   * ZIP pairs with the original whose name (or name without extension) is {@code <base>}, and
   * the item plays the ZIP's frames as they are. A ZIP with no original beside it is an item of
   * its own. Every temp file is gone afterwards.
   */
  public List<Outcome> importAll(List<Incoming> files) {
    java.util.Map<Incoming, Incoming> framesOf = new java.util.LinkedHashMap<>();
    FramesPairing.pair(files.stream().map(Incoming::name).toList(), i -> isZip(files.get(i)))
        .forEach((original, zip) -> framesOf.put(files.get(original), files.get(zip)));
    List<Outcome> outcomes = new java.util.ArrayList<>();
    java.util.Map<Incoming, Imported> done = new java.util.HashMap<>();
    ApiException busy = null;
    try {
      for (Incoming file : files) {
        if (framesOf.containsValue(file)) {
          continue; // registered with its original below
        }
        if (busy != null) { // the ownership lock is stuck: the rest would each wait 20 s
          outcomes.add(new Outcome(file.name(), null, busy));
          continue;
        }
        try {
          Imported imported = register(file, framesOf.get(file));
          done.put(file, imported);
          outcomes.add(new Outcome(file.name(), imported, null));
        } catch (ApiException e) {
          outcomes.add(new Outcome(file.name(), null, e));
          busy = e.status() == 503 ? e : null;
        }
      }
      framesOf.forEach((original, zip) -> outcomes.add(framesOutcome(original, zip,
          done.get(original))));
      return outcomes;
    } finally {
      files.forEach(f -> storage.discard(f.received().temp()));
    }
  }

  /** What became of a frames ZIP: used by its original's new item, or why not. */
  private Outcome framesOutcome(Incoming original, Incoming zip, Imported with) {
    if (with == null) {
      return new Outcome(zip.name(), null, ApiException.badRequest("'" + zip.name()
          + "' was not used: its original '" + original.name() + "' was refused."));
    }
    String kept = zip.received().sha256().substring(0, 32) + MediaItem.FRAMES_SUFFIX;
    boolean used = !with.existed() || index.bySlug(with.slug())
        .map(m -> kept.equals(m.getFramesSource())).orElse(false);
    return used
        ? new Outcome(zip.name(), new Imported(with.slug(), null, with.existed()), null)
        : new Outcome(zip.name(), null, ApiException.conflict("'" + zip.name() + "' was not "
            + "used: '" + original.name() + "' is already in the library with its own frames; "
            + "delete it first to replace them.", null));
  }

  /**
   * Runs {@code work} while no upload, delete, conversion outcome or cleanup ties rows to files
   * (the ownership lock), e.g. while a restore swaps the media directories.
   */
  public <T> T exclusively(java.util.function.Supplier<T> work) {
    return guarded(work);
  }

  /** Runs {@code work} under the ownership lock; 503 when the lock stays taken (something stuck). */
  private <T> T guarded(java.util.function.Supplier<T> work) {
    try {
      return ownership.guard(work);
    } catch (OwnershipLock.Busy e) {
      throw new ApiException(503, e.getMessage(), null, null);
    }
  }

  private void guarded(Runnable work) {
    guarded(() -> {
      work.run();
      return null;
    });
  }

  /** Drops a received file that will not be registered. */
  public void discard(Incoming file) {
    storage.discard(file.received().temp());
  }

  private boolean isZip(Incoming file) {
    return ContentSniffer.sniff(file.received().head(), file.received().headLength())
        .map(k -> k.mimeType().equals("application/zip")).orElse(false);
  }

  private Imported register(Incoming file, Incoming frames) {
    String name = file.name();
    MediaStorage.Received received = file.received();
    ContentSniffer.Kind kind = frames == null ? kindOf(received, name) : pairedKind(received, name);
    String slug = MediaNames.slug(name, received.sha256());
    return guarded(() -> store(name, kind, slug, received, frames));
  }

  /**
   * Under the ownership lock, so the same file uploaded twice at once becomes one item (the second
   * finds the first) and a delete or cleanup never removes an original between its rename and
   * its row.
   */
  private Imported store(String name, ContentSniffer.Kind kind, String slug,
      MediaStorage.Received received, Incoming frames) {
    if (index.bySlug(slug).isPresent()) {
      return new Imported(slug, null, true);
    }
    MediaItem item = new MediaItem(slug, name, kind.mimeType(), received.size(), received.sha256());
    item.setStoredName(slug + "." + kind.extension());
    storage.keep(received, item.getStoredName());
    if (frames != null) {
      item.setFramesSource(frames.received().sha256().substring(0, 32) + MediaItem.FRAMES_SUFFIX);
      storage.keep(frames.received(), item.getFramesSource());
    }
    try {
      MediaIndex.Registered r = index.register(item);
      return new Imported(r.slug(), r.jobId(), r.existed());
    } catch (RuntimeException e) {
      storage.deleteOriginal(item.getStoredName());
      throw e;
    }
  }

  /**
   * An original sent with its frames need not be a type Loop converts (LOOP's browser also took
   * SVG, for one): it is kept for download; only an empty one is refused.
   */
  private ContentSniffer.Kind pairedKind(MediaStorage.Received received, String name) {
    if (received.size() == 0) {
      throw new ApiException(400, "'" + name + "' is empty (0 bytes).", null, null);
    }
    return ContentSniffer.sniff(received.head(), received.headLength())
        .orElse(new ContentSniffer.Kind("application/octet-stream", "bin"));
  }

  /**
   * Deletes the item, its jobs, its place in the loop (one transaction), then its files: a crash
   * in between leaves only orphan files, which the next start removes, never a row without them.
   */
  public void delete(String slug) {
    item(slug);
    guarded(() -> index.delete(slug).ifPresent(removed -> {
      storage.deleteOriginalQuietly(removed.storedName());
      storage.deleteOriginalQuietly(removed.framesSource());
      if (removed.packName() != null) {
        packs.forget(storage.pack(removed.packName()));
        storage.deletePackQuietly(removed.packName());
      }
    }));
  }

  /**
   * Sets the item's fit ({@code fit} or {@code crop}); true when that queued a conversion. 400 for
   * another word, 404 for an unknown item, 409 (with the item) while it is being converted.
   */
  public boolean refit(String slug, String fit) {
    item(slug);
    FitMode mode = FitMode.of(fit).orElseThrow(() -> ApiException.badRequest(
        "'fit' must be \"fit\" (whole picture, black bars) or \"crop\" (fill the screen)."));
    return switch (index.refit(slug, mode)) {
      case QUEUED -> true;
      case UNCHANGED -> false;
      case UNKNOWN -> throw ApiException.notFound("There is no media item '" + slug + "'.");
      case BUSY -> throw ApiException.conflict("'" + item(slug).getFilename()
          + "' is being converted right now; change its fit when that is done.", detail(slug));
      case READY_MADE -> throw ApiException.conflict("'" + item(slug).getFilename()
          + "' plays the frames that were sent with it, already made for the screen; fit and "
          + "crop do not apply.", detail(slug));
    };
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
    try {
      if (cleanOriginals) {
        cleanup();
      }
    } finally {
      worker.release(); // conversions resume even when the cleanup could not run
    }
  }

  /**
   * Removes originals, packs and thumbnails no item owns (as the start-up reconciliation does) and
   * upload leftovers older than an hour.
   */
  public int cleanup() {
    return guarded(() -> {
      Reconciliation plan = Reconciliation.of(index.facts(), new Reconciliation.Disk(
          storage.names("originals"), storage.names("packs"), Set.of(),
          storage.names("thumbs")));
      Set<String> known = index.newestFirst().stream()
          .flatMap(m -> java.util.stream.Stream.of(m.getStoredName(), m.getFramesSource()))
          .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
      int removed = storage.removeOrphans(known, Duration.ofHours(1));
      for (String p : plan.orphanPacks()) {
        packs.forget(storage.pack(p));
        removed += storage.delete("packs", p) ? 1 : 0;
      }
      for (String t : plan.orphanThumbs()) {
        removed += storage.delete("thumbs", t) ? 1 : 0;
      }
      return removed;
    });
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
