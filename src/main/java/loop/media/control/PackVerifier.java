package loop.media.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.media.control.pack.FramePack;
import loop.media.entity.MediaItem;
import loop.media.entity.ProcessingStatus;

/**
 * The thorough half of the start-up check, in the background: the CRC-32 of every playable pack
 * against the one recorded when it was written. Reading every pack costs about a second per
 * 20 MB on the device's SD card, too slow for every boot's critical path, so it runs after start
 * on one managed thread and paces itself (after each pack it pauses as long as the pack took:
 * at most half of one core and of the card; Java thread priorities are ignored on Linux). A pack
 * that fails takes its items out of play: converted again from the original, or failed with a
 * reason when that is gone.
 */
@ApplicationScoped
public class PackVerifier {

  private static final Logger LOG = Logger.getLogger(PackVerifier.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject MediaIndex index;
  @Inject MediaStorage storage;
  @Inject JobTransitions transitions;
  @Inject OwnershipLock ownership;
  @Inject OpenPacks packs;

  private volatile boolean stopped;

  /** Starts one pass over all playable packs; returns at once. */
  public void start() {
    executor.execute(this::verifyAll);
  }

  @PreDestroy
  void stop() {
    stopped = true;
  }

  void verifyAll() {
    long t0 = System.nanoTime();
    int checked = 0;
    int broken = 0;
    try {
      List<Reconciliation.Item> completed = index.facts().stream()
          .filter(i -> i.status() == ProcessingStatus.COMPLETED && i.packName() != null).toList();
      for (Reconciliation.Item item : completed) {
        if (stopped) {
          return;
        }
        long started = System.nanoTime();
        if (!sound(item.packName())) {
          broken++;
          takeOutOfPlay(item);
        }
        checked++;
        TimeUnit.NANOSECONDS.sleep(Math.max(System.nanoTime() - started, 1_000_000));
      }
      int n = checked;
      int b = broken;
      long ms = (System.nanoTime() - t0) / 1_000_000;
      LOG.info(() -> "pack check: " + n + " pack(s) read in full, " + b + " failed their CRC ("
          + ms + " ms, paced)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "pack check stopped", e);
    }
  }

  private boolean sound(String packName) {
    try {
      return FramePack.crcMatches(storage.pack(packName));
    } catch (IOException e) {
      return false;
    }
  }

  private void takeOutOfPlay(Reconciliation.Item item) {
    LOG.warning(() -> "the frames of " + item.slug() + " (" + item.packName()
        + ") are damaged; taking it out of play");
    ownership.guard(() -> {
      Optional<MediaItem> now = index.bySlug(item.slug());
      if (now.isEmpty() || !item.packName().equals(now.get().getPackName())) {
        return; // deleted or converted again (another fit) since the check began
      }
      String source = now.get().conversionSource(); // the original, or the frames ZIP sent with it
      if (source != null && Files.exists(storage.original(source))) {
        transitions.reconvertIfStill(item.slug(), item.packName());
      } else {
        transitions.abandon(item.slug(), Reconciliation.FRAMES_LOST);
      }
      packs.forget(storage.pack(item.packName()));
      storage.deletePackQuietly(index.unusedPack(item.packName()));
    });
  }
}
