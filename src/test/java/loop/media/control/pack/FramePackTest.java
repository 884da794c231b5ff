package loop.media.control.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramePackTest {

  static final Geometry G = new Geometry(320, 240);

  @TempDir Path dir;

  static byte[] frame(int seed) {
    byte[] f = new byte[G.frameBytes()];
    for (int i = 0; i < f.length; i++) {
      f[i] = (byte) (i * 31 + seed);
    }
    return f;
  }

  Path write(int frames, int loop) throws Exception {
    Path target = dir.resolve("a.pack");
    try (FramePackWriter cut = new FramePackWriter(target, G, 3000)) {
      for (int i = 0; i < frames; i++) {
        cut.append(frame(i), 40 + i);
      }
      cut.finish(loop);
    }
    return target;
  }

  @Test
  void framesAndDurationsComeBackByteExactAndAligned() throws Exception {
    Path target = write(3, 2);

    FramePack pack = FramePack.open(target);

    assertEquals(G, pack.geometry());
    assertEquals(3, pack.frameCount());
    assertEquals(2, pack.loopCount());
    assertArrayEquals(new int[] {40, 41, 42}, pack.durations());
    for (int i = 0; i < 3; i++) {
      ByteBuffer f = pack.frame(i);
      byte[] bytes = new byte[f.remaining()];
      f.get(bytes);
      assertArrayEquals(frame(i), bytes);
    }
    assertEquals(0, FramePackFormat.framesOffset(3000) % 4096);
    assertEquals(FramePackFormat.framesOffset(3000) + 3L * G.frameBytes(), Files.size(target));
    assertTrue(pack.intact());
    assertFalse(Files.exists(dir.resolve("a.pack.part")));
  }

  @Test
  void nothingIsLeftWhenAWriterIsClosedUnfinished() throws Exception {
    Path target = dir.resolve("b.pack");
    try (FramePackWriter cut = new FramePackWriter(target, G, 10)) {
      cut.append(frame(1), 40);
    }
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void truncatedOrForeignFilesAreInvalidAndFlippedBitsAreDetected() throws Exception {
    Path target = write(2, 0);
    try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
      f.seek(FramePackFormat.framesOffset(3000) + 10);
      f.write(0x55 ^ f.read());
    }
    assertFalse(FramePack.open(target).intact());

    try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
      f.setLength(f.length() - 1);
    }
    assertThrows(FramePack.Invalid.class, () -> FramePack.open(target));
    Path text = Files.writeString(dir.resolve("c.pack"), "hello, not a pack at all".repeat(4));
    assertThrows(FramePack.Invalid.class, () -> FramePack.open(text));
  }

  @Test
  void aPackRefusesMoreFramesThanItsCapacity() throws Exception {
    try (FramePackWriter cut = new FramePackWriter(dir.resolve("d.pack"), G, 1)) {
      cut.append(frame(0), 40);
      assertThrows(IllegalStateException.class, () -> cut.append(frame(1), 40));
    }
  }

  @Test
  void theStartCheckPassesACompletePackAndTheCrcMatches() throws Exception {
    Path target = write(2, 0);

    FramePack.checkHeader(target);

    assertTrue(FramePack.crcMatches(target));
  }

  @Test
  void theStartCheckRefusesAPackCutShortOrGrown() throws Exception {
    Path target = write(2, 0);
    long size = Files.size(target);
    try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
      f.setLength(size - 1);
    }
    assertThrows(FramePack.Invalid.class, () -> FramePack.checkHeader(target));
    try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
      f.setLength(size + 1);
    }
    assertThrows(FramePack.Invalid.class, () -> FramePack.checkHeader(target));
  }

  @Test
  void aFlippedFrameByteFailsTheCrcButNotTheHeaderCheck() throws Exception {
    Path target = write(2, 0);
    try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
      long at = Files.size(target) - 10;
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0xFF);
    }

    FramePack.checkHeader(target);

    assertFalse(FramePack.crcMatches(target));
  }

  @Test
  void aZeroLengthFileIsNotAPack() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.pack"));

    assertThrows(FramePack.Invalid.class, () -> FramePack.checkHeader(empty));
  }
}
