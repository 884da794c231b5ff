package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import loop.media.control.ContentSniffer.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentSnifferTest {

  static Optional<Kind> sniff(byte[] head) {
    return ContentSniffer.sniff(head, head.length);
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @ParameterizedTest
  @CsvSource({
    "'GIF87a\u0001\u0000',         image/gif,       gif",
    "'GIF89a\u0001\u0000',         image/gif,       gif",
    "'RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', image/webp, webp",
    "'RIFF\u0000\u0000\u0000\u0000AVI LIST', video/x-msvideo, avi",
    "'\u0000\u0000\u0000\u0020ftypisom',     video/mp4,       mp4",
    "'\u0000\u0000\u0000\u0014ftypqt  ',     video/quicktime, mov",
    "'PK\u0003\u0004\u0014\u0000',           application/zip, zip",
  })
  void asciiMagicIsRecognised(String head, String mime, String extension) {
    // given
    byte[] h = ascii(head);

    // when
    Optional<Kind> kind = sniff(h);

    // then
    assertEquals(Optional.of(new Kind(mime, extension)), kind);
  }

  @Test
  void png() {
    byte[] head = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13);

    Optional<Kind> kind = sniff(head);

    assertEquals(Optional.of(new Kind("image/png", "png")), kind);
  }

  @Test
  void jpeg() {
    byte[] head = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F');

    Optional<Kind> kind = sniff(head);

    assertEquals(Optional.of(new Kind("image/jpeg", "jpg")), kind);
  }

  @Test
  void matroskaAndWebm() {
    byte[] head = bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81);

    Optional<Kind> kind = sniff(head);

    assertEquals(Optional.of(new Kind("video/webm", "webm")), kind);
  }

  @Test
  void riffOfAnotherFormIsRefused() {
    byte[] head = ascii("RIFF\0\0\0\0WAVEfmt ");

    Optional<Kind> kind = sniff(head);

    assertTrue(kind.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"hello, world", "<svg xmlns='http://www.w3.org/2000/svg'/>", "GIF90a", "%PDF-1.7"})
  void textAndUnknownMagicAreRefused(String text) {
    byte[] head = text.getBytes(StandardCharsets.UTF_8);

    Optional<Kind> kind = sniff(head);

    assertTrue(kind.isEmpty());
  }

  @Test
  void emptyHeadIsRefused() {
    Optional<Kind> kind = sniff(new byte[0]);

    assertTrue(kind.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GIF8", "GIF89", "RIFF\0\0\0\0WEB", "RIFF\0\0\0\0AVI", "\0\0\0\0fty", "PK\u0003"})
  void truncatedHeadsAreRefused(String head) {
    Optional<Kind> kind = sniff(ascii(head));

    assertTrue(kind.isEmpty());
  }

  @Test
  void truncatedBinaryHeadsAreRefused() {
    assertTrue(sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A)).isEmpty());
    assertTrue(sniff(bytes(0xFF, 0xD8)).isEmpty());
    assertTrue(sniff(bytes(0x1A, 0x45, 0xDF)).isEmpty());
  }

  @Test
  void onlyTheFirstLengthBytesCount() {
    // given a full GIF signature of which the reader only filled four bytes
    byte[] buffer = ascii("GIF89a");

    // when
    Optional<Kind> kind = ContentSniffer.sniff(buffer, 4);

    // then
    assertTrue(kind.isEmpty());
  }

  @Test
  void negativeLengthIsRefused() {
    Optional<Kind> kind = ContentSniffer.sniff(ascii("GIF89a"), -1);

    assertTrue(kind.isEmpty());
  }

  static Path fixtures() {
    Path configured = Path.of(System.getProperty("loop.shared.dir", "/work/shared"));
    Path shared = Files.isDirectory(configured) ? configured : Path.of("/work/shared");
    return shared.resolve("fixtures/media");
  }

  static Optional<Kind> sniffFile(String name) throws IOException {
    try (InputStream in = Files.newInputStream(fixtures().resolve(name))) {
      byte[] head = new byte[ContentSniffer.HEAD_BYTES];
      int length = in.readNBytes(head, 0, head.length);
      return ContentSniffer.sniff(head, length);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "gif_anim_160x120_24f_40ms.gif,       image/gif",
    "gif_varying_delays.gif,              image/gif",
    "gif_transparent_dispose2.gif,        image/gif",
    "gif_dispose3_subrect.gif,            image/gif",
    "gif_O3_source_unoptimized.gif,       image/gif",
    "gif_O3_optimized.gif,                image/gif",
    "gif_interlaced.gif,                  image/gif",
    "gif_local_color_tables.gif,          image/gif",
    "gif_single_frame.gif,                image/gif",
    "bad_truncated_half.gif,              image/gif",
    "png_rgba_alpha.png,                  image/png",
    "png_rgb16.png,                       image/png",
    "png_palette.png,                     image/png",
    "png_wide_1000x100.png,               image/png",
    "png_tiny_8x8.png,                    image/png",
    "jpeg_baseline.jpg,                   image/jpeg",
    "jpeg_progressive.jpg,                image/jpeg",
    "jpeg_exif_orientation_6.jpg,         image/jpeg",
    "video_h264_640x480_25fps_2s.mp4,     video/mp4",
    "video_portrait_480x640_30fps_1s.mov, video/quicktime",
    "video_mjpeg_320x240_15fps_1s.avi,    video/x-msvideo",
    "webp_animated_12f_80ms.webp,         image/webp",
    "webp_static_lossy.webp,              image/webp",
    "zip_frames_rgb565be_320x240_10f.zip, application/zip",
  })
  void fixtureIsRecognised(String file, String mime) throws IOException {
    Optional<Kind> kind = sniffFile(file);

    assertEquals(Optional.of(mime), kind.map(Kind::mimeType));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad_text_renamed.gif", "bad_zero_byte.gif"})
  void badFixtureIsRefusedWhateverItsName(String file) throws IOException {
    Optional<Kind> kind = sniffFile(file);

    assertTrue(kind.isEmpty());
  }
}
