package loop.media.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.media.control.MediaIndex;
import loop.media.control.MediaStorage;
import loop.media.control.OpenPacks;
import loop.media.control.PackVerifier;
import loop.media.control.Reconciliation;
import loop.media.control.ResumableUploads;
import loop.media.control.pack.FramePack;
import loop.web.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reconciles the index with the disk at start-up, before the conversion worker and the player
 * touch anything (priority below theirs; synchronous, so the application is not ready until it
 * is done), and logs one summary line. In order: half-written files are deleted ({@code tmp/},
 * {@code .part} packs and thumbnails); stray and expired resumable uploads are removed and
 * complete ones (the client was told they are done) are imported; interrupted jobs are
 * re-queued; every pack's header is checked against its size; then {@link Reconciliation}
 * decides what to convert again, what fails, which thumbnails to redraw and which files are
 * orphans. The full CRC of every playable pack follows in the background ({@link PackVerifier}).
 */
@ApplicationScoped
public class Reconciler {

  private static final Logger LOG = Logger.getLogger(Reconciler.class.getName());

  @Inject MediaIndex index;
  @Inject MediaStorage storage;
  @Inject ResumableUploads uploads;
  @Inject MediaLibrary library;
  @Inject OpenPacks packs;
  @Inject PackVerifier verifier;

  @Inject
  @ConfigProperty(name = "loop.uploads.expire-hours", defaultValue = "24")
  long expireHours;

  @Inject
  @ConfigProperty(name = "loop.media.verify-packs", defaultValue = "true")
  boolean verifyPacks;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900)
      @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      index.addMissingIndexes(); // an older index file: the queries of the check need them
      String summary = reconcile();
      LOG.info(summary);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "start-up check failed; starting anyway", e);
    }
    if (verifyPacks) {
      verifier.start();
    }
  }

  /** Does the whole check; returns the summary line. */
  String reconcile() {
    long t0 = System.nanoTime();
    int halfWritten = storage.sweepTemp();
    int strayUploads = uploads.sweepStrays() + uploads.expire(Duration.ofHours(expireHours));
    int imported = importFinishedUploads();
    int requeued = index.requeueInterrupted();
    Set<String> packNames = storage.names("packs");
    Set<String> broken = new HashSet<>();
    for (String p : packNames) {
      try {
        FramePack.checkHeader(storage.pack(p));
      } catch (IOException e) {
        LOG.warning(() -> "pack " + p + " is damaged: " + e.getMessage());
        broken.add(p);
      }
    }
    packNames.removeAll(broken);
    var facts = index.facts();
    Reconciliation plan = Reconciliation.of(facts, new Reconciliation.Disk(
        storage.names("originals"), packNames, broken, storage.names("thumbs")));
    apply(plan);
    return String.format("start-up check: %d item(s), %d pack(s) (%d damaged); re-queued %d "
            + "interrupted conversion(s); %d to convert again, %d failed (files lost), %d "
            + "thumbnail(s) redrawn; removed %d orphan original(s), %d pack(s), %d thumbnail(s),"
            + " %d half-written file(s), %d stray or expired upload(s); imported %d finished "
            + "upload(s); %d ms",
        facts.size(), packNames.size() + broken.size(), broken.size(), requeued,
        plan.reconvert().size(), plan.fail().size(), plan.thumbnails().size(),
        plan.orphanOriginals().size(), plan.orphanPacks().size(), plan.orphanThumbs().size(),
        halfWritten, strayUploads, imported, (System.nanoTime() - t0) / 1_000_000);
  }

  private void apply(Reconciliation plan) {
    plan.reconvert().forEach(index::reconvert);
    plan.fail().forEach(index::abandon);
    plan.orphanOriginals().forEach(n -> storage.delete("originals", n));
    plan.orphanPacks().forEach(n -> {
      packs.forget(storage.pack(n));
      storage.delete("packs", n);
    });
    plan.orphanThumbs().forEach(n -> storage.delete("thumbs", n));
    plan.thumbnails().forEach(storage::writeThumbnail);
  }

  /** Complete resumable uploads never handed on become items (idempotent: same slug). */
  private int importFinishedUploads() {
    int n = 0;
    for (ResumableUploads.Upload u : uploads.complete()) {
      boolean keep = false;
      try (InputStream in = Files.newInputStream(uploads.bytes(u))) {
        library.importUpload(u.filename(), in);
        n++;
      } catch (ApiException e) {
        keep = e.status() == 507; // the disk is full: try again at the next start
        LOG.warning(() -> "finished upload " + u.id() + " not imported: " + e.getMessage());
      } catch (IOException e) {
        LOG.warning(() -> "finished upload " + u.id() + " unreadable: " + e.getMessage());
      } finally {
        if (!keep) {
          uploads.remove(u.id());
        }
      }
    }
    return n;
  }
}
