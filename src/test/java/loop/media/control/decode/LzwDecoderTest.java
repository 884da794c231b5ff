package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import loop.media.entity.ConversionSpec;
import loop.media.entity.MediaRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LzwDecoderTest {

  static final int SENTINEL = 0x3B;

  LzwDecoder cut;
  ByteArrayOutputStream decoded;

  @BeforeEach
  void init() {
    cut = new LzwDecoder();
    decoded = new ByteArrayOutputStream();
  }

  /** Decodes {@code packed} as one image's sub-blocks followed by a sentinel byte. */
  GifInput decode(byte[] packed, int minCodeSize, int width, int height) throws IOException {
    GifInput in = input(subBlocks(packed));
    ImageDescriptor image = new ImageDescriptor(0, 0, width, height, false, minCodeSize);
    cut.decode(in, image, (row, w) -> decoded.write(row, 0, w), 1);
    return in;
  }

  static GifInput input(byte[] bytes) {
    return new GifInput(new ByteArrayInputStream(bytes),
        new DecodeLimits(ConversionSpec.defaults(), "The GIF"));
  }

  static byte[] subBlocks(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < data.length; i += 255) {
      int n = Math.min(255, data.length - i);
      out.write(n);
      out.write(data, i, n);
    }
    out.write(0);
    out.write(SENTINEL);
    return out.toByteArray();
  }

  static byte[] random(int count, int colours, long seed) {
    Random random = new Random(seed);
    byte[] out = new byte[count];
    for (int i = 0; i < count; i++) {
      out[i] = (byte) random.nextInt(colours);
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 5, 8})
  void noiseRoundTripsThroughEveryCodeSize(int minCodeSize) throws IOException {
    // given
    byte[] pixels = random(200 * 150, 1 << minCodeSize, minCodeSize);
    byte[] packed = LzwEncoder.encode(pixels, minCodeSize, true).data();

    // when
    GifInput rest = decode(packed, minCodeSize, 200, 150);

    // then
    assertArrayEquals(pixels, decoded.toByteArray());
    assertEquals(SENTINEL, rest.read());
  }

  @Test
  void aFullTableWithoutAClearCodeKeepsDecoding() throws IOException {
    // given: 256-colour noise fills the 4096-entry table early; the encoder never clears
    byte[] pixels = random(300 * 200, 256, 42);
    LzwEncoder.Encoded encoded = LzwEncoder.encode(pixels, 8, false);
    assertTrue(encoded.codesWhileFull() > 10_000, "the table must be full for most codes");

    // when
    GifInput rest = decode(encoded.data(), 8, 300, 200);

    // then
    assertArrayEquals(pixels, decoded.toByteArray());
    assertEquals(SENTINEL, rest.read());
  }

  @Test
  void longRunsUseCodesDefinedByTheirOwnUse() throws IOException {
    // given: one colour only, so nearly every code is the entry being defined (KwKwK)
    byte[] pixels = new byte[100 * 100];
    Arrays.fill(pixels, (byte) 3);
    byte[] packed = LzwEncoder.encode(pixels, 2, true).data();

    // when
    decode(packed, 2, 100, 100);

    // then
    assertArrayEquals(pixels, decoded.toByteArray());
  }

  @Test
  void stringsSpanningRowEndsLandInTheNextRow() throws IOException {
    // given: a 3-pixel-wide image of one colour; runs longer than a row
    byte[] pixels = new byte[3 * 40];
    Arrays.fill(pixels, (byte) 1);
    byte[] packed = LzwEncoder.encode(pixels, 2, true).data();

    // when
    decode(packed, 2, 3, 40);

    // then
    assertArrayEquals(pixels, decoded.toByteArray());
  }

  @Test
  void aCodeBeyondTheNextFreeEntryIsRefused() {
    // given: m=3: clear 8, end 9, next free 10; literal 0 then code 11 (4 bits each)
    byte[] packed = LzwEncoder.pack(4, 8, 0, 11);

    // when
    MediaRefused refused = assertThrows(MediaRefused.class, () -> decode(packed, 3, 4, 4));

    // then
    assertEquals("The GIF is truncated or corrupt: the picture data of frame 1 is not valid LZW"
        + " (code 11 where at most 10 is possible).", refused.getMessage());
  }

  @Test
  void aTableCodeRightAfterAClearIsRefused() {
    // given: clear, then code 10, which no table entry holds yet
    byte[] packed = LzwEncoder.pack(4, 8, 10);

    // when / then
    assertThrows(MediaRefused.class, () -> decode(packed, 3, 4, 4));
  }

  @Test
  void dataEndingBeforeTheLastPixelIsRefused() {
    // given: 4 pixels of a 4×4 image, then the end code
    byte[] packed = LzwEncoder.pack(4, 8, 1, 1, 1, 1, 9);

    // when
    MediaRefused refused = assertThrows(MediaRefused.class, () -> decode(packed, 3, 4, 4));

    // then
    assertTrue(refused.getMessage().endsWith("stops before the frame is complete."));
  }

  @Test
  void noEndCodeIsAcceptedWhenEveryPixelArrived() throws IOException {
    // given: clear, four literals, no end code
    byte[] packed = LzwEncoder.pack(4, 8, 1, 2, 3, 0);

    // when
    GifInput rest = decode(packed, 3, 2, 2);

    // then
    assertArrayEquals(new byte[] {1, 2, 3, 0}, decoded.toByteArray());
    assertEquals(SENTINEL, rest.read());
  }

  @Test
  void dataPastTheLastPixelIsSkipped() throws IOException {
    // given: a 2×1 image whose data goes on with impossible codes
    byte[] packed = LzwEncoder.pack(4, 8, 1, 2, 15, 15, 15, 15, 15, 15, 15, 15);

    // when
    GifInput rest = decode(packed, 3, 2, 1);

    // then
    assertArrayEquals(new byte[] {1, 2}, decoded.toByteArray());
    assertEquals(SENTINEL, rest.read());
  }

  @Test
  void aClearCodeMidStreamRestartsTheTable() throws IOException {
    // given: two literals (defining entry 10 = "1 2"), clear, then 1, 2 again
    byte[] packed = LzwEncoder.pack(4, 8, 1, 2, 8, 1, 2, 9);

    // when
    decode(packed, 3, 4, 1);

    // then
    assertArrayEquals(new byte[] {1, 2, 1, 2}, decoded.toByteArray());
  }
}
