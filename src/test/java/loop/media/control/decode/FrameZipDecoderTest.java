package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import loop.media.entity.ConversionSpec;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameZipDecoderTest {

  static final int FRAME = 320 * 240 * 2;
  static final String META =
      "{\"width\":320,\"height\":240,\"frame_count\":%d,\"fps\":25," + "\"format\":\"rgb565be\"}";

  @TempDir Path temp;

  FrameZipDecoder cut = new FrameZipDecoder();

  /** Builds a ZIP with java.util.zip; stored entries need their CRC up front. */
  static final class Zip {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final ZipOutputStream out = new ZipOutputStream(bytes);

    Zip add(String name, byte[] data) {
      try {
        out.putNextEntry(new ZipEntry(name));
        out.write(data);
        out.closeEntry();
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Zip store(String name, byte[] data) {
      ZipEntry entry = new ZipEntry(name);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(data.length);
      CRC32 crc = new CRC32();
      crc.update(data);
      entry.setCrc(crc.getValue());
      try {
        out.putNextEntry(entry);
        out.write(data);
        out.closeEntry();
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Zip metadata(int frames) {
      return add("metadata.json", META.formatted(frames).getBytes(StandardCharsets.UTF_8));
    }

    Zip frames(int first, int count) {
      for (int i = first; i < first + count; i++) {
        add("frame_%06d.rgb".formatted(i), frame(i));
      }
      return this;
    }

    byte[] bytes() throws IOException {
      out.close();
      return bytes.toByteArray();
    }
  }

  /** A frame whose bytes depend on {@code seed}, so frames can be told apart. */
  static byte[] frame(int seed) {
    byte[] f = new byte[FRAME];
    new Random(seed).nextBytes(f);
    return f;
  }

  static byte[] framesBin(int count, int declaredCount, int declaredSize) {
    ByteBuffer bin = ByteBuffer.allocate(8 + count * FRAME);
    bin.putInt(declaredCount).putInt(declaredSize);
    for (int i = 0; i < count; i++) {
      bin.put(frame(i));
    }
    return bin.array();
  }

  /** The offset of the record with signature {@code sig} whose name is {@code name}. */
  static int record(byte[] zip, int sig, int nameAt, String name) {
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + nameAt + wanted.length <= zip.length; i++) {
      if (b.getInt(i) == sig
          && Arrays.equals(zip, i + nameAt, i + nameAt + wanted.length, wanted, 0, wanted.length)) {
        return i;
      }
    }
    throw new AssertionError("no record for " + name);
  }

  static int central(byte[] zip, String name) {
    return record(zip, 0x02014b50, 46, name);
  }

  static int local(byte[] zip, String name) {
    return record(zip, 0x04034b50, 30, name);
  }

  static void putU16(byte[] zip, int at, int value) {
    ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) value);
  }

  static void putU32(byte[] zip, int at, long value) {
    ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).putInt(at, (int) value);
  }

  static void rename(byte[] zip, String from, String to) {
    byte[] name = to.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(name, 0, zip, central(zip, from) + 46, name.length);
    System.arraycopy(name, 0, zip, local(zip, from) + 30, name.length);
  }

  static ConversionSpec spec(int maxFrames, int maxSeconds) {
    return new ConversionSpec(320, 240, FitMode.FIT, 50_000_000L, maxFrames, maxSeconds);
  }

  Path write(byte[] zip) throws IOException {
    return Files.write(temp.resolve("frames.zip"), zip);
  }

  List<byte[]> frames(Path file, ConversionSpec spec, List<Integer> durations) throws IOException {
    try (FrameSource source = cut.open(file, spec)) {
      List<byte[]> frames = new ArrayList<>();
      byte[] frame = new byte[source.geometry().frameBytes()];
      for (int d; (d = source.next(frame)) > 0; ) {
        durations.add(d);
        frames.add(frame.clone());
      }
      return frames;
    }
  }

  String refusal(byte[] zip) throws IOException {
    return refusal(zip, ConversionSpec.defaults());
  }

  String refusal(byte[] zip, ConversionSpec spec) throws IOException {
    Path file = write(zip);
    return assertThrows(MediaRefused.class, () -> frames(file, spec, new ArrayList<>()))
        .getMessage();
  }

  static Path fixture() {
    Path configured = Path.of(System.getProperty("loop.shared.dir", "/work/shared"));
    Path shared = Files.isDirectory(configured) ? configured : Path.of("/work/shared");
    return shared.resolve("fixtures/media/zip_frames_rgb565be_320x240_10f.zip");
  }

  @Test
  void theFixtureIsTenFramesOfFortyMsPassedThroughByteForByte() throws IOException {
    // given
    List<byte[]> expected = new ArrayList<>();
    try (ZipFile zip = new ZipFile(fixture().toFile())) {
      for (int i = 1; i <= 10; i++) {
        expected.add(
            zip.getInputStream(zip.getEntry("frame_%06d.rgb".formatted(i))).readAllBytes());
      }
    }
    List<Integer> durations = new ArrayList<>();

    // when
    List<byte[]> frames = frames(fixture(), ConversionSpec.defaults(), durations);

    // then
    assertEquals(List.of(40, 40, 40, 40, 40, 40, 40, 40, 40, 40), durations);
    for (int i = 0; i < 10; i++) {
      assertArrayEquals(expected.get(i), frames.get(i), "frame " + (i + 1));
    }
  }

  @Test
  void loopsFramesBinIsReadAfterItsHeader() throws IOException {
    // given: LOOP's own upload: STORE, format "rgb565", a frames.bin
    byte[] zip =
        new Zip()
            .store(
                "metadata.json",
                ("{\"slug\":\"x\",\"type\":\"video\",\"width\":320,\"height\":240,"
                        + "\"frame_count\":3,\"format\":\"rgb565\",\"fps\":25}")
                    .getBytes(StandardCharsets.UTF_8))
            .store("frames.bin", framesBin(3, 3, FRAME))
            .bytes();
    List<Integer> durations = new ArrayList<>();

    // when
    List<byte[]> frames = frames(write(zip), ConversionSpec.defaults(), durations);

    // then
    assertEquals(List.of(40, 40, 40), durations);
    assertArrayEquals(frame(0), frames.get(0));
    assertArrayEquals(frame(2), frames.get(2));
  }

  @Test
  void portraitFramesStayPortrait() throws IOException {
    byte[] zip =
        new Zip()
            .add(
                "metadata.json",
                "{\"width\":240,\"height\":320,\"frame_count\":1,\"fps\":25}"
                    .getBytes(StandardCharsets.UTF_8))
            .frames(1, 1)
            .bytes();

    try (FrameSource source = cut.open(write(zip), ConversionSpec.defaults())) {
      assertEquals(new Geometry(240, 320), source.geometry());
    }
  }

  @Test
  void thirtyFpsSpreadsTheRoundingAndZeroFpsPlaysAtLoopsRate() throws IOException {
    byte[] thirty =
        new Zip()
            .add(
                "metadata.json",
                "{\"width\":320,\"height\":240,\"frame_count\":3,\"fps\":30}"
                    .getBytes(StandardCharsets.UTF_8))
            .frames(0, 3)
            .bytes();
    byte[] zero =
        new Zip()
            .add(
                "metadata.json",
                "{\"width\":320,\"height\":240,\"frame_count\":2,\"fps\":0}"
                    .getBytes(StandardCharsets.UTF_8))
            .frames(1, 2)
            .bytes();
    List<Integer> thirtyDurations = new ArrayList<>();
    List<Integer> zeroDurations = new ArrayList<>();

    frames(write(thirty), ConversionSpec.defaults(), thirtyDurations);
    frames(write(zero), ConversionSpec.defaults(), zeroDurations);

    assertEquals(List.of(33, 34, 33), thirtyDurations);
    assertEquals(List.of(40, 40), zeroDurations);
  }

  @Test
  void desktopLitterIsIgnored() throws IOException {
    byte[] zip =
        new Zip()
            .metadata(2)
            .frames(1, 2)
            .add("__MACOSX/._frame_000001.rgb", new byte[100])
            .add(".DS_Store", new byte[10])
            .bytes();

    List<byte[]> frames = frames(write(zip), ConversionSpec.defaults(), new ArrayList<>());

    assertEquals(2, frames.size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../frame_000001.rgb",
        "/etc/frame_000001.rgb",
        "a\\..\\b.rgb",
        "C:/frame.rgb",
        "frames/../../x",
        "./metadata.json",
        "a//b",
        "bad\u0001name"
      })
  void unsafeNamesAreRefused(String name) throws IOException {
    byte[] zip = new Zip().metadata(1).frames(1, 1).add(name, new byte[1]).bytes();

    String message = refusal(zip);

    assertTrue(message.contains("unsafe name"), message);
  }

  @Test
  void aNameThatRepeatsIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(2).frames(1, 2).bytes();
    rename(zip, "frame_000002.rgb", "frame_000001.rgb");

    String message = refusal(zip);

    assertEquals("This ZIP holds \"frame_000001.rgb\" more than once.", message);
  }

  @Test
  void aSymlinkEntryIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(1).frames(1, 1).bytes();
    int entry = central(zip, "frame_000001.rgb");
    putU16(zip, entry + 4, 0x031E); // made by Unix
    putU32(zip, entry + 38, 0120777L << 16); // S_IFLNK | 0777

    String message = refusal(zip);

    assertTrue(message.contains("link"), message);
  }

  @Test
  void anEncryptedEntryIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(1).frames(1, 1).bytes();
    int entry = central(zip, "frame_000001.rgb");
    putU16(zip, entry + 8, zip[entry + 8] | 1);
    putU16(zip, local(zip, "frame_000001.rgb") + 6, zip[entry + 8] | 1);

    String message = refusal(zip);

    assertTrue(message.contains("password-protected"), message);
  }

  @Test
  void aFrameOfTheWrongSizeIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(1).add("frame_000001.rgb", new byte[1000]).bytes();

    String message = refusal(zip);

    assertEquals(
        "This ZIP's frame_000001.rgb is 1000 bytes; each frame must be exactly 153600 " + "bytes.",
        message);
  }

  @Test
  void anEntryInflatingPastItsDeclaredSizeIsRefused() throws IOException {
    // given: 20 MB of zeros deflated, the directory patched to declare one frame
    byte[] zip = new Zip().metadata(1).add("frame_000001.rgb", new byte[20_000_000]).bytes();
    putU32(zip, central(zip, "frame_000001.rgb") + 24, FRAME);

    // when
    String message = refusal(zip);

    // then
    assertEquals(
        "This ZIP's frame_000001.rgb holds more data than its header declares, a "
            + "zip-bomb trick; it is refused.",
        message);
  }

  @Test
  void tooManyEntriesAreRefusedBeforeReadingThem() throws IOException {
    Zip zip = new Zip().metadata(1).frames(1, 1);
    for (int i = 0; i < 30; i++) {
      zip.add("__MACOSX/._" + i, new byte[1]);
    }

    String message = refusal(zip.bytes(), spec(3, 120));

    assertEquals("This ZIP holds 32 files; a frames ZIP may hold at most 22.", message);
  }

  @Test
  void aFrameCountThatDisagreesWithTheFramesIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(5).frames(1, 3).bytes();

    String message = refusal(zip);

    assertEquals("This ZIP's metadata.json says 5 frames, but the ZIP holds 3.", message);
  }

  @Test
  void moreFramesThanTheCapAreRefused() throws IOException {
    byte[] zip = new Zip().metadata(4).frames(1, 4).bytes();

    String message = refusal(zip, spec(3, 120));

    assertEquals("This ZIP holds 4 frames; the limit is 3 frames.", message);
  }

  @Test
  void framesPlayingPastTheTimeCapAreRefused() throws IOException {
    byte[] zip =
        new Zip()
            .add(
                "metadata.json",
                "{\"width\":320,\"height\":240,\"frame_count\":3,\"fps\":1}"
                    .getBytes(StandardCharsets.UTF_8))
            .frames(1, 3)
            .bytes();

    String message = refusal(zip, spec(100, 2));

    assertEquals("These frames play for 3 s; the limit is 2 s.", message);
  }

  @Test
  void aZipWithoutMetadataIsRefused() throws IOException {
    String message = refusal(new Zip().frames(1, 1).bytes());

    assertEquals("This ZIP has no metadata.json at its top level.", message);
  }

  @Test
  void framesInAFolderAreRefused() throws IOException {
    byte[] zip =
        new Zip()
            .add("frames/metadata.json", META.formatted(1).getBytes())
            .add("frames/frame_000001.rgb", frame(1))
            .bytes();

    String message = refusal(zip);

    assertTrue(message.contains("does not belong"), message);
  }

  @Test
  void anUnexpectedFileIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(1).frames(1, 1).add("run.sh", new byte[5]).bytes();

    String message = refusal(zip);

    assertTrue(message.startsWith("This ZIP holds \"run.sh\", which does not belong"), message);
  }

  @Test
  void framesNotOfThePanelSizeAreRefused() throws IOException {
    byte[] zip =
        new Zip()
            .add(
                "metadata.json",
                "{\"width\":640,\"height\":120,\"frame_count\":1,\"fps\":25}"
                    .getBytes(StandardCharsets.UTF_8))
            .frames(1, 1)
            .bytes();

    String message = refusal(zip);

    assertTrue(message.startsWith("This ZIP's frames are 640×120"), message);
  }

  @Test
  void littleEndianFramesAreRefused() throws IOException {
    byte[] zip =
        new Zip()
            .add(
                "metadata.json",
                ("{\"width\":320,\"height\":240,\"frame_count\":1,\"format\":" + "\"rgb565le\"}")
                    .getBytes(StandardCharsets.UTF_8))
            .frames(1, 1)
            .bytes();

    String message = refusal(zip);

    assertTrue(message.contains("\"rgb565le\""), message);
  }

  @Test
  void aGapInTheNumberingIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(2).frames(1, 1).frames(3, 1).bytes();

    String message = refusal(zip);

    assertTrue(message.endsWith("frame_000002.rgb is missing."), message);
  }

  @Test
  void aChecksumMismatchIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(1).frames(1, 1).bytes();
    int entry = central(zip, "frame_000001.rgb");
    putU32(zip, entry + 16, 0x12345678);

    String message = refusal(zip);

    assertEquals("This ZIP's frame_000001.rgb is damaged or cut short.", message);
  }

  @Test
  void aFramesBinWhoseHeaderDisagreesIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(2).store("frames.bin", framesBin(2, 7, FRAME)).bytes();

    String message = refusal(zip);

    assertTrue(message.startsWith("This ZIP's frames.bin says 7 frames"), message);
  }

  @Test
  void anUnsupportedCompressionMethodIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(1).frames(1, 1).bytes();
    putU16(zip, central(zip, "frame_000001.rgb") + 10, 12); // bzip2

    String message = refusal(zip);

    assertTrue(message.contains("compressed with a method"), message);
  }

  @Test
  void entriesSharingTheirDataAreRefused() throws IOException {
    byte[] zip = new Zip().metadata(2).frames(1, 2).bytes();
    int first = central(zip, "frame_000001.rgb");
    int second = central(zip, "frame_000002.rgb");
    System.arraycopy(zip, first + 42, zip, second + 42, 4); // both point at one local header

    String message = refusal(zip);

    assertEquals(
        "This ZIP's entries overlap each other, a zip-bomb trick; it is refused.", message);
  }

  @Test
  void aLocalHeaderNamingAnotherFileIsRefused() throws IOException {
    // given: the directory says frame_000001.rgb, the data's own header says ../../evil.rgb
    byte[] zip = new Zip().metadata(1).frames(1, 1).bytes();
    byte[] evil = "../../evil.rgb!!".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(evil, 0, zip, local(zip, "frame_000001.rgb") + 30, evil.length);

    // when
    String message = refusal(zip);

    // then
    assertEquals(ZipDirectory.DAMAGED, message);
  }

  @Test
  void oversizedMetadataIsRefused() throws IOException {
    byte[] big = new byte[70_000];
    Arrays.fill(big, (byte) ' ');
    byte[] zip = new Zip().add("metadata.json", big).frames(1, 1).bytes();

    String message = refusal(zip);

    assertEquals("This ZIP's metadata.json is 70000 bytes; the limit is 64 KiB.", message);
  }

  @Test
  void aCutOffZipIsRefused() throws IOException {
    byte[] zip = new Zip().metadata(1).frames(1, 1).bytes();

    String message = refusal(Arrays.copyOf(zip, zip.length / 2));

    assertEquals(ZipDirectory.NOT_A_ZIP, message);
  }

  @Test
  void notAZipIsRefused() throws IOException {
    String message = refusal("just some text, long enough to look like a file".getBytes());

    assertEquals(ZipDirectory.NOT_A_ZIP, message);
  }
}
