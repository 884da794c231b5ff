package loop.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import loop.media.control.LocalComponents;
import loop.media.control.MediaIndex;
import loop.media.control.MediaStorage;
import loop.media.control.OpenPacks;
import loop.media.control.OwnershipLock;
import loop.media.control.ResumableUploads;
import loop.media.control.pack.FramePackWriter;
import loop.media.entity.Claim;
import loop.media.entity.Geometry;
import loop.media.entity.MediaItem;
import loop.media.entity.ProcessingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole start-up check on a real data directory left as a crash leaves it (the index in
 * memory): every kind of leftover at once, then what is on disk and in the index afterwards.
 */
class ReconcilerTest {

  @TempDir Path data;
  MediaIndex index;
  MediaStorage storage;
  ResumableUploads uploads;
  Reconciler cut;

  @BeforeEach
  void setUp() {
    index = LocalComponents.index();
    storage = LocalComponents.storage(data);
    uploads = LocalComponents.uploads(data);
    MediaLibrary library = new MediaLibrary();
    library.index = index;
    library.storage = storage;
    library.packs = new OpenPacks();
    library.ownership = new OwnershipLock();
    cut = new Reconciler();
    cut.index = index;
    cut.storage = storage;
    cut.uploads = uploads;
    cut.library = library;
    cut.packs = new OpenPacks();
    cut.expireHours = 24;
    cut.verifyPacks = false;
    this.library = library;
  }

  MediaLibrary library;

  static byte[] png(int seed) throws Exception {
    BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    img.setRGB(seed % 8, seed / 8 % 8, 0xFFFFFF - seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** Uploads and converts an item the way the worker does; returns its pack name. */
  String converted(String name, int seed) throws Exception {
    library.importUpload(name, new ByteArrayInputStream(png(seed)));
    Claim claim = index.claimNext();
    try (FramePackWriter w =
        new FramePackWriter(storage.pack(claim.packName()), new Geometry(320, 240), 10)) {
      w.append(new byte[320 * 240 * 2], 40);
      w.finish(0);
    }
    index.completed(claim, 320, 240, new int[] {40}, 0);
    return claim.packName();
  }

  MediaItem item(String prefix) {
    return index.newestFirst().stream().filter(m -> m.getSlug().startsWith(prefix)).findFirst()
        .orElseThrow();
  }

  Set<String> names(String dir) {
    return storage.names(dir);
  }

  @Test
  void aCrashedDataDirectoryIsPutRight() throws Exception {
    String good = converted("good.png", 1);
    String cutShort = converted("cut.png", 2);
    try (RandomAccessFile f = new RandomAccessFile(storage.pack(cutShort).toFile(), "rw")) {
      f.setLength(f.length() - 1);
    }
    String lost = converted("lost.png", 3);
    Files.delete(storage.pack(lost));
    storage.deleteOriginal(item("lost").getStoredName());
    library.importUpload("waiting.png", new ByteArrayInputStream(png(4)));
    index.claimNext(); // the device stopped while converting it
    Files.writeString(storage.original("gone_0123456789ab.png"), "no row owns me");
    Files.writeString(storage.pack("ffffffffffffffffffffffffffffffff-fit.pack"), "orphan");
    Files.writeString(storage.thumbnail("ffffffffffffffffffffffffffffffff-fit.pack"), "orphan");
    Files.writeString(data.resolve("tmp/upload-1.part"), "half an upload");
    Files.writeString(storage.pack(good).resolveSibling("x-fit.pack.part"), "half a pack");
    ResumableUploads.Upload tus = uploads.create(png(5).length, "phone.png");
    uploads.append(tus, 0, new ByteArrayInputStream(png(5)), null, null);
    Files.writeString(data.resolve("uploads/0123.info.tmp"), "half an info");

    String summary = cut.reconcile();

    assertTrue(summary.startsWith("start-up check: 5 item(s)"), summary);
    assertEquals(ProcessingStatus.COMPLETED, item("good").getProcessingStatus());
    assertTrue(Files.isRegularFile(storage.thumbnail(good)), "thumbnail redrawn: " + summary);
    MediaItem again = item("cut");
    assertEquals(ProcessingStatus.UPLOADED, again.getProcessingStatus());
    assertFalse(Files.exists(storage.pack(cutShort)), "the damaged pack is deleted");
    assertEquals(ProcessingStatus.ERROR, item("lost").getProcessingStatus());
    assertTrue(item("lost").getError().contains("upload it again"));
    assertEquals(ProcessingStatus.UPLOADED, item("waiting").getProcessingStatus());
    assertEquals(ProcessingStatus.UPLOADED, item("phone").getProcessingStatus(),
        "the finished tus upload became an item");
    assertEquals(Set.of(good), names("packs"));
    assertEquals(Set.of(good.replace(".pack", ".png")), names("thumbs"));
    assertFalse(names("originals").contains("gone_0123456789ab.png"));
    try (var s = Files.list(data.resolve("tmp"))) {
      assertEquals(0, s.count());
    }
    try (var s = Files.list(data.resolve("uploads"))) {
      assertEquals(0, s.count(), "no stray or finished upload left");
    }
    try (var s = Files.list(storage.pack(good).getParent())) {
      assertEquals(1, s.count(), "no .part pack left");
    }
    assertTrue(summary.contains("re-queued 1 interrupted"), summary);
    assertTrue(summary.contains("1 to convert again, 1 failed"), summary);
    assertTrue(summary.contains("imported 1 finished upload"), summary);

    assertTrue(cut.reconcile().contains("0 to convert again, 0 failed (files lost), 0 thumbnail"),
        "a second start finds nothing more to do");
  }
}
