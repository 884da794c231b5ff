package loop.media.control.decode;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageReader;

/**
 * Decodes one WebP frame's picture to ARGB with TwelveMonkeys. Its reader returns animation
 * frames without offsets, durations or blending, so each frame's chunks are wrapped into a
 * minimal standalone WebP (a {@code VP8X} with the alpha flag when a lossless-compressed {@code
 * ALPH} chunk goes with a lossy picture) and read as a still; an uncompressed {@code ALPH}
 * chunk, which TwelveMonkeys reads as opaque, is applied afterwards by {@link
 * UncompressedAlpha}. The reader comes from its SPI directly, not the JVM-wide ImageIO registry,
 * so the WAR needs no plugin registration.
 */
final class WebpFrameReader {

  private static final int VP8X_SIZE = 10;
  private static final int VP8X_ALPHA = 0x10;

  private final ImageReader reader = new WebPImageReaderSpi().createReaderInstance(null);
  private final DecodeLimits limits;
  private int[] argb = new int[0];

  WebpFrameReader(DecodeLimits limits) {
    this.limits = limits;
  }

  /**
   * The frame's pixels, row-major ARGB, {@code frame.width()} per row; the array is reused by
   * the next call and may be longer than the frame.
   *
   * @param number the frame's number from 1, for refusal sentences
   */
  int[] read(FileChannel file, WebpFrame frame, int number) throws IOException {
    byte[] alpha = frame.alpha() == null ? null : payload(file, frame.alpha());
    boolean rawAlpha = alpha != null && UncompressedAlpha.isUncompressed(alpha[0]);
    if (rawAlpha && alpha.length < 1 + frame.width() * frame.height()) {
      throw limits.corrupt("the alpha of frame " + number + " is shorter than its picture.");
    }
    int[] pixels = toArgb(decode(standalone(file, frame, rawAlpha ? null : alpha), frame, number));
    if (rawAlpha) {
      UncompressedAlpha.apply(alpha, pixels, frame.width(), frame.height());
    }
    return pixels;
  }

  private BufferedImage decode(byte[] webp, WebpFrame frame, int number) {
    BufferedImage picture;
    try {
      reader.setInput(new ByteArrayImageInputStream(webp));
      picture = reader.read(0);
    } catch (IOException | RuntimeException e) {
      throw limits.corrupt("the picture of frame " + number + " cannot be decoded.", e);
    }
    if (picture.getWidth() != frame.width() || picture.getHeight() != frame.height()) {
      throw limits.corrupt("the picture of frame " + number + " is not its frame's size.");
    }
    return picture;
  }

  /** RIFF header, then VP8X + ALPH for a lossy picture with alpha, then the picture chunk. */
  private static byte[] standalone(FileChannel file, WebpFrame frame, byte[] alpha)
      throws IOException {
    long size = 4 + chunkBytes(frame.image().size())
        + (alpha != null ? chunkBytes(VP8X_SIZE) + chunkBytes(alpha.length) : 0);
    ByteBuffer out = ByteBuffer.allocate((int) (8 + size)).order(ByteOrder.LITTLE_ENDIAN);
    out.put(ascii("RIFF")).putInt((int) size).put(ascii("WEBP"));
    if (alpha != null) {
      out.put(ascii("VP8X")).putInt(VP8X_SIZE).putInt(VP8X_ALPHA);
      putUint24(out, frame.width() - 1);
      putUint24(out, frame.height() - 1);
      out.put(ascii("ALPH")).putInt(alpha.length).put(alpha);
      out.position(out.position() + (alpha.length & 1));
    }
    out.put(ascii(frame.image().type())).putInt((int) frame.image().size());
    read(file, frame.image(), out.slice(out.position(), (int) frame.image().size()));
    return out.array();
  }

  private static byte[] payload(FileChannel file, RiffChunk chunk) throws IOException {
    ByteBuffer payload = ByteBuffer.allocate((int) chunk.size());
    read(file, chunk, payload);
    return payload.array();
  }

  private static void read(FileChannel file, RiffChunk chunk, ByteBuffer into) throws IOException {
    while (into.hasRemaining()) {
      if (file.read(into, chunk.offset() + into.position()) < 0) {
        throw new IOException("the file shrank while it was read");
      }
    }
  }

  /** A chunk's bytes in the file: FourCC, size, payload, pad byte if the size is odd. */
  private static long chunkBytes(long payloadSize) {
    return 8 + payloadSize + (payloadSize & 1);
  }

  private int[] toArgb(BufferedImage picture) {
    int n = picture.getWidth() * picture.getHeight();
    if (argb.length < n) {
      argb = new int[n];
    }
    int type = picture.getType();
    if (type == BufferedImage.TYPE_4BYTE_ABGR && bytes(picture).length == 4 * n) {
      unpackAbgr(bytes(picture), n);
    } else if (type == BufferedImage.TYPE_3BYTE_BGR && bytes(picture).length == 3 * n) {
      unpackBgr(bytes(picture), n);
    } else {
      picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), argb, 0, picture.getWidth());
    }
    return argb;
  }

  private static byte[] bytes(BufferedImage picture) {
    return ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
  }

  // TYPE_4BYTE_ABGR stores each pixel as the bytes A, B, G, R
  private void unpackAbgr(byte[] data, int n) {
    for (int i = 0, o = 0; i < n; i++, o += 4) {
      argb[i] = (data[o] & 0xFF) << 24 | (data[o + 3] & 0xFF) << 16 | (data[o + 2] & 0xFF) << 8
          | data[o + 1] & 0xFF;
    }
  }

  // TYPE_3BYTE_BGR stores each pixel as the bytes B, G, R
  private void unpackBgr(byte[] data, int n) {
    for (int i = 0, o = 0; i < n; i++, o += 3) {
      argb[i] = 0xFF000000 | (data[o + 2] & 0xFF) << 16 | (data[o + 1] & 0xFF) << 8
          | data[o] & 0xFF;
    }
  }

  private static void putUint24(ByteBuffer out, int value) {
    out.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  void dispose() {
    reader.dispose();
  }
}
