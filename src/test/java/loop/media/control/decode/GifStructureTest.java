package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import loop.media.control.decode.GifWriter.Frame;
import loop.media.entity.ConversionSpec;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Timing, loop counts, caps and damaged structure, on synthetic GIFs. */
class GifStructureTest {

  static final int[] PALETTE = {0x000000, 0xFF0000, 0x00FF00, 0x0000FF};

  GifDecoder cut = new GifDecoder();

  @TempDir Path temp;

  Path save(byte[] gif) throws IOException {
    return GifWriter.save(temp, gif);
  }

  static Frame dot(int index) {
    return Frame.filled(0, 0, 1, 1, index);
  }

  @ParameterizedTest(name = "{0} cs plays {1} ms")
  @CsvSource({"0, 100", "1, 100", "2, 20", "5, 50", "10, 100", "11, 110", "250, 2500"})
  void delaysFollowTheBrowserRule(int centiseconds, int ms) throws IOException {
    // given
    byte[] gif = new GifWriter(4, 3, PALETTE)
        .frame(dot(1).delay(centiseconds))
        .frame(dot(2).delay(centiseconds))
        .bytes();

    // when
    DecodedFrames frames = DecodedFrames.of(cut, save(gif));

    // then
    assertEquals(List.of(ms, ms), frames.durations());
  }

  @Test
  void framesWithoutGraphicControlPlay100Ms() throws IOException {
    byte[] gif = new GifWriter(4, 3, PALETTE).frame(dot(1)).frame(dot(2)).bytes();

    assertEquals(List.of(100, 100), DecodedFrames.of(cut, save(gif)).durations());
  }

  @Test
  void aGraphicControlReachesPastOtherExtensionsToItsImage() throws IOException {
    // given: GCE, then a comment and the loop extension, then the image (as ImageMagick writes)
    byte[] gif = new GifWriter(4, 3, PALETTE)
        .raw(0x21, 0xF9, 4, 0, 30, 0, 0, 0)
        .comment("between")
        .loop(0)
        .frame(dot(1))
        .frame(dot(2).delay(7))
        .bytes();

    // when
    DecodedFrames frames = DecodedFrames.of(cut, save(gif));

    // then
    assertEquals(List.of(300, 70), frames.durations());
  }

  @ParameterizedTest(name = "NETSCAPE loop {0} plays {1} times")
  @CsvSource({"0, 0", "1, 2", "3, 4", "65535, 65536"})
  void loopCountNPlaysNPlusOneTimes(int netscape, int plays) throws IOException {
    byte[] gif = new GifWriter(4, 3, PALETTE).loop(netscape).frame(dot(1)).frame(dot(2)).bytes();

    assertEquals(plays, DecodedFrames.of(cut, save(gif)).loopCount());
  }

  @Test
  void noLoopExtensionPlaysOnce() throws IOException {
    byte[] gif = new GifWriter(4, 3, PALETTE).frame(dot(1)).frame(dot(2)).bytes();

    assertEquals(1, DecodedFrames.of(cut, save(gif)).loopCount());
  }

  @Test
  void aMissingTrailerIsRefusedAtOpen() throws IOException {
    // given: two complete frames, no trailer
    byte[] gif = new GifWriter(4, 3, PALETTE).frame(dot(1)).frame(dot(2)).withoutTrailer();
    Path file = save(gif);

    // when
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(file, ConversionSpec.defaults()));

    // then
    assertEquals("The GIF is truncated or corrupt: the file ends after " + gif.length
        + " bytes, before its trailer.", refused.getMessage());
  }

  @Test
  void badLzwInALaterFrameFailsThatFrame() throws IOException {
    // given: frame 2's data is clear (8), literal 0, then code 11 past the next free entry (10)
    byte[] gif = new GifWriter(4, 3, 0, 1, 2, 3, 4, 5, 6, 7)
        .frame(dot(1))
        .frame(Frame.filled(0, 0, 4, 3, 0).data(3, LzwEncoder.pack(4, 8, 0, 11)))
        .bytes();
    FrameSource source = cut.open(save(gif), ConversionSpec.defaults());
    byte[] frame = new byte[source.geometry().frameBytes()];

    // when
    int first = source.next(frame);
    MediaRefused refused = assertThrows(MediaRefused.class, () -> source.next(frame));
    source.close();

    // then
    assertEquals(100, first);
    assertEquals("The GIF is truncated or corrupt: the picture data of frame 2 is not valid LZW"
        + " (code 11 where at most 10 is possible).", refused.getMessage());
  }

  @Test
  void anUnknownBlockIsRefused() throws IOException {
    byte[] gif = new GifWriter(4, 3, PALETTE).frame(dot(1)).raw(0x99).bytes();
    Path file = save(gif);

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(file, ConversionSpec.defaults()));

    assertTrue(refused.getMessage().startsWith("The GIF is truncated or corrupt: byte 0x99"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 9, 12, 255})
  void anLzwCodeSizeOutsideTwoToEightIsRefused(int codeSize) throws IOException {
    byte[] gif = new GifWriter(4, 3, PALETTE)
        .raw(0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, codeSize, 1, 0, 0)
        .bytes();
    Path file = save(gif);

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(file, ConversionSpec.defaults()));

    assertEquals("The GIF is truncated or corrupt: frame 1 has LZW code size " + codeSize + ".",
        refused.getMessage());
  }

  @Test
  void aHugeFrameOnASmallScreenIsRefusedAtOpen() throws IOException {
    // given: a 4×3 screen whose image descriptor claims 65535×65535
    byte[] gif = new GifWriter(4, 3, PALETTE)
        .raw(0x2C, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 2, 1, 0, 0)
        .bytes();
    Path file = save(gif);

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(file, ConversionSpec.defaults()));

    assertEquals("Frame 1 of the GIF is 65535×65535 pixels; the limit is 50,000,000 pixels.",
        refused.getMessage());
  }

  @Test
  void aGifWithoutImagesIsRefused() throws IOException {
    Path file = save(new GifWriter(4, 3, PALETTE).loop(0).bytes());

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(file, ConversionSpec.defaults()));

    assertEquals("The GIF is truncated or corrupt: it holds no picture.", refused.getMessage());
  }

  @Test
  void anEmptyLogicalScreenIsRefused() throws IOException {
    Path file = save(new GifWriter(0, 3, PALETTE).frame(dot(1)).bytes());

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(file, ConversionSpec.defaults()));

    assertEquals("The GIF is truncated or corrupt: its logical screen is 0×3 pixels.",
        refused.getMessage());
  }

  @Test
  void theFrameCapStopsTheCountingPass() throws IOException {
    // given: four frames, a cap of three
    GifWriter gif = new GifWriter(4, 3, PALETTE);
    for (int i = 0; i < 4; i++) {
      gif.frame(dot(i));
    }
    ConversionSpec spec = new ConversionSpec(320, 240, FitMode.FIT, 50_000_000L, 3, 120);
    Path file = save(gif.bytes());

    // when
    MediaRefused refused = assertThrows(MediaRefused.class, () -> cut.open(file, spec));

    // then
    assertEquals("The GIF has more than 3 frames; the limit is 3 frames.", refused.getMessage());
  }

  @Test
  void aGif87aAndAnEmptyImageAreAccepted() throws IOException {
    // given: GIF87a signature; a 0×0 image between two dots
    byte[] gif = new GifWriter(4, 3, PALETTE)
        .frame(dot(1))
        .frame(new Frame(0, 0, 0, 0, new byte[] {0}))
        .frame(Frame.filled(3, 2, 1, 1, 2))
        .bytes();
    System.arraycopy("GIF87a".getBytes(StandardCharsets.US_ASCII), 0, gif, 0, 6);

    // when
    DecodedFrames frames = DecodedFrames.of(cut, save(gif));

    // then
    assertEquals(3, frames.count());
    assertEquals(0xF800, frames.pixel(1, 0, 0));
    assertEquals(0x07E0, frames.pixel(2, 319, 239));
  }

  @Test
  void aTallGifGoesPortrait() throws IOException {
    byte[] gif = new GifWriter(3, 4, PALETTE).frame(Frame.filled(0, 0, 3, 4, 1)).bytes();

    DecodedFrames frames = DecodedFrames.of(cut, save(gif));

    assertEquals(new Geometry(240, 320), frames.geometry());
    assertEquals(0xF800, frames.pixel(0, 120, 160));
  }

  @Test
  void cropFillsTheFrameWhenTheSpecAsksForIt() throws IOException {
    // given: a 4×1 strip, red except its blue centre, which fit would show as a thin band
    byte[] gif = new GifWriter(4, 1, PALETTE)
        .frame(new Frame(0, 0, 4, 1, new byte[] {1, 3, 3, 1}))
        .bytes();
    ConversionSpec crop = new ConversionSpec(320, 240, FitMode.CROP, 50_000_000L, 3000, 120);

    // when
    DecodedFrames frames = DecodedFrames.of(cut, save(gif), crop);

    // then
    assertEquals(0x001F, frames.pixel(0, 0, 0));
    assertEquals(0x001F, frames.pixel(0, 319, 239));
  }
}
