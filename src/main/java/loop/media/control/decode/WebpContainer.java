package loop.media.control.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import loop.media.entity.MediaRefused;

/**
 * The chunk structure of a WebP file (WebP container spec: simple lossy {@code VP8 }, simple
 * lossless {@code VP8L}, extended {@code VP8X} with {@code ANIM}/{@code ANMF} animation), read
 * from chunk headers only: picture data stays in the file until a frame is decoded. Refuses, as
 * soon as it knows, a canvas past {@code maxPixels}, frames past {@code maxFrames}, play time
 * past {@code maxSeconds}, a frame outside the canvas or whose bitstream is another size than
 * its frame header says, and chunks that run past the end of the file.
 */
final class WebpContainer {

  private static final int VP8X_ANIMATION = 0x02;

  private final FileChannel channel;
  private final DecodeLimits limits;
  private final List<WebpFrame> frames = new ArrayList<>();
  private long end;
  private int width;
  private int height;
  private int loopCount = 1;
  private long totalMs;
  private RiffChunk alpha;

  private WebpContainer(FileChannel channel, DecodeLimits limits) {
    this.channel = channel;
    this.limits = limits;
  }

  /** Reads the chunk headers of the WebP open on {@code channel}. */
  static WebpContainer read(FileChannel channel, DecodeLimits limits) throws IOException {
    WebpContainer container = new WebpContainer(channel, limits);
    container.readHeader();
    container.readChunks();
    if (container.frames.isEmpty()) {
      throw limits.corrupt("it holds no picture.");
    }
    return container;
  }

  /** Canvas width in pixels. */
  int width() {
    return width;
  }

  /** Canvas height in pixels. */
  int height() {
    return height;
  }

  /** Plays: 0 forever, n ≥ 1 as the ANIM loop count says ("number of times to loop"). */
  int loopCount() {
    return loopCount;
  }

  /** The frames in file order; a still is one frame covering the canvas. */
  List<WebpFrame> frames() {
    return frames;
  }

  /** The payload of {@code chunk}, or its first {@code length} bytes, little-endian. */
  ByteBuffer payload(RiffChunk chunk, int length) throws IOException {
    return read(chunk.offset(), (int) Math.min(length, chunk.size()));
  }

  // "RIFF", file size - 8 (uint32), "WEBP"
  private void readHeader() throws IOException {
    ByteBuffer header = read(0, 12);
    if (!fourCc(header, 0).equals("RIFF") || !fourCc(header, 8).equals("WEBP")) {
      throw new MediaRefused(
          "The file is not a WebP: it does not start with RIFF…WEBP.");
    }
    end = 8 + (header.getInt(4) & 0xFFFFFFFFL);
    if (end > channel.size()) {
      throw limits.corrupt("the file ends after " + channel.size() + " bytes; its header says "
          + end + ".");
    }
  }

  private void readChunks() throws IOException {
    RiffChunk first = chunkAt(12);
    if (first.is("VP8X")) {
      readExtended(first);
    } else if (first.is("VP8 ") || first.is("VP8L")) {
      Size size = bitstreamSize(first);
      width = size.width();
      height = size.height();
      if (width == 0 || height == 0) {
        throw limits.corrupt("its picture is " + width + "×" + height + " pixels.");
      }
      limits.checkPixels("The WebP", width, height);
      addStill(first);
    } else {
      throw limits.corrupt("its first chunk is " + first.type() + ", not VP8, VP8L or VP8X.");
    }
  }

  // VP8X payload: flags (1 byte), 3 reserved bytes, canvas width - 1 and height - 1 (uint24 each)
  private void readExtended(RiffChunk vp8x) throws IOException {
    ByteBuffer b = payload(vp8x, 10);
    if (b.limit() < 10) {
      throw limits.corrupt("its VP8X chunk is " + vp8x.size() + " bytes, not 10.");
    }
    boolean animated = (b.get(0) & VP8X_ANIMATION) != 0;
    width = 1 + uint24(b, 4);
    height = 1 + uint24(b, 7);
    limits.checkPixels("The WebP", width, height);
    for (long at = vp8x.next(); at + 8 <= end; ) {
      RiffChunk chunk = chunkAt(at);
      readExtendedChunk(chunk, animated);
      at = chunk.next();
    }
  }

  private void readExtendedChunk(RiffChunk chunk, boolean animated) throws IOException {
    if (animated && chunk.is("ANIM")) {
      readAnimation(chunk);
    } else if (animated && chunk.is("ANMF")) {
      readFrame(chunk);
    } else if (!animated && chunk.is("ALPH")) {
      alpha = chunk;
    } else if (!animated && frames.isEmpty() && (chunk.is("VP8 ") || chunk.is("VP8L"))) {
      addStill(chunk);
    }
  }

  // ANIM payload: background colour (4 bytes, ignored as browsers do), loop count (uint16)
  private void readAnimation(RiffChunk anim) throws IOException {
    ByteBuffer b = payload(anim, 6);
    if (b.limit() == 6) {
      loopCount = b.getShort(4) & 0xFFFF;
    }
  }

  private void addStill(RiffChunk image) throws IOException {
    checkBitstream(image, width, height, 1);
    frames.add(new WebpFrame(0, 0, width, height, WebpFrameSource.STILL_MS, false, false,
        image.is("VP8 ") ? alpha : null, image));
  }

  // ANMF payload: x / 2, y / 2, width - 1, height - 1, duration (uint24 each), flags
  // (bit 1 = do not blend, bit 0 = dispose to background), then the frame's own chunks
  private void readFrame(RiffChunk anmf) throws IOException {
    int number = frames.size() + 1;
    limits.checkFrames(number);
    ByteBuffer b = payload(anmf, 16);
    if (b.limit() < 16) {
      throw limits.corrupt("frame " + number + " has a " + anmf.size() + "-byte header.");
    }
    int x = 2 * uint24(b, 0);
    int y = 2 * uint24(b, 3);
    int w = 1 + uint24(b, 6);
    int h = 1 + uint24(b, 9);
    if ((long) x + w > width || (long) y + h > height) {
      throw limits.corrupt(String.format("frame %d (%d×%d at %d,%d) lies outside the %d×%d "
          + "canvas.", number, w, h, x, y, width, height));
    }
    RiffChunk[] parts = frameParts(anmf, number);
    checkBitstream(parts[1], w, h, number);
    int flags = b.get(15);
    frames.add(new WebpFrame(x, y, w, h, WebpFrame.durationMs(uint24(b, 12)), (flags & 2) == 0,
        (flags & 1) != 0, parts[1].is("VP8 ") ? parts[0] : null, parts[1]));
    countTime(frames.get(frames.size() - 1));
  }

  private void countTime(WebpFrame frame) {
    totalMs += frame.durationMs();
    if (frames.size() > 1) {
      limits.checkDuration(totalMs);
    }
  }

  /** The frame's {@code ALPH} chunk (or null) and its {@code VP8 }/{@code VP8L} chunk. */
  private RiffChunk[] frameParts(RiffChunk anmf, int number) throws IOException {
    RiffChunk[] parts = new RiffChunk[2];
    long frameEnd = anmf.offset() + anmf.size();
    for (long at = anmf.offset() + 16; at + 8 <= frameEnd && parts[1] == null; ) {
      RiffChunk chunk = chunkAt(at);
      if (chunk.is("ALPH")) {
        parts[0] = chunk;
      } else if (chunk.is("VP8 ") || chunk.is("VP8L")) {
        parts[1] = chunk;
      }
      at = chunk.next();
    }
    if (parts[1] == null || parts[1].offset() + parts[1].size() > frameEnd) {
      throw limits.corrupt("frame " + number + " has no complete VP8 or VP8L picture.");
    }
    return parts;
  }

  private void checkBitstream(RiffChunk image, int w, int h, int number) throws IOException {
    Size size = bitstreamSize(image);
    if (size.width() != w || size.height() != h) {
      throw limits.corrupt(String.format("picture %d is %d×%d inside a %d×%d frame.", number,
          size.width(), size.height(), w, h));
    }
  }

  private record Size(int width, int height) {}

  /**
   * The picture size its bitstream declares: VP8 (RFC 6386 §9.1: 3-byte frame tag, start code
   * 9D 01 2A, 14-bit width and height) or VP8L (signature 0x2F, then 14-bit width - 1 and
   * height - 1).
   */
  private Size bitstreamSize(RiffChunk image) throws IOException {
    ByteBuffer b = payload(image, 10);
    if (image.is("VP8L") && b.limit() >= 5 && b.get(0) == 0x2F) {
      int bits = b.getInt(1);
      return new Size(1 + (bits & 0x3FFF), 1 + (bits >>> 14 & 0x3FFF));
    }
    boolean keyFrame = b.limit() == 10 && (b.get(0) & 1) == 0;
    if (image.is("VP8 ") && keyFrame && (b.getInt(3) & 0xFFFFFF) == 0x2A019D) {
      return new Size(b.getShort(6) & 0x3FFF, b.getShort(8) & 0x3FFF);
    }
    throw limits.corrupt("its " + image.type().trim() + " picture header is damaged.");
  }

  private RiffChunk chunkAt(long position) throws IOException {
    ByteBuffer b = read(position, 8);
    long size = b.getInt(4) & 0xFFFFFFFFL;
    String type = fourCc(b, 0);
    if (position + 8 + size > end) {
      throw limits.corrupt("its " + type.trim() + " chunk runs past the end of the file.");
    }
    return new RiffChunk(type, position + 8, size);
  }

  private ByteBuffer read(long position, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (channel.read(b, position + b.position()) < 0) {
        throw limits.corrupt("the file ends after " + channel.size() + " bytes.");
      }
    }
    return b.flip();
  }

  private static int uint24(ByteBuffer b, int at) {
    return (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | (b.get(at + 2) & 0xFF) << 16;
  }

  private static String fourCc(ByteBuffer b, int at) {
    byte[] ascii = new byte[4];
    b.get(at, ascii);
    return new String(ascii, StandardCharsets.ISO_8859_1);
  }
}
