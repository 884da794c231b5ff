package loop.media.control.decode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes WebP files chunk by chunk (WebP container spec) for tests. */
final class WebpWriter {

  private final ByteArrayOutputStream chunks = new ByteArrayOutputStream();

  /** A still: one VP8L chunk. */
  static byte[] lossless(int width, int height, int[] argb) {
    return new WebpWriter().chunk("VP8L", Vp8lWriter.encode(width, height, argb)).bytes();
  }

  /** Starts an animation: VP8X (animation + alpha flags, canvas size) and ANIM. */
  static WebpWriter animation(int width, int height, int loopCount) {
    WebpWriter w = new WebpWriter();
    ByteArrayOutputStream vp8x = new ByteArrayOutputStream();
    vp8x.write(0x12);
    uint24(vp8x, 0);
    uint24(vp8x, width - 1);
    uint24(vp8x, height - 1);
    w.chunk("VP8X", vp8x.toByteArray());
    ByteArrayOutputStream anim = new ByteArrayOutputStream();
    anim.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
    anim.write(loopCount & 0xFF);
    anim.write(loopCount >> 8 & 0xFF);
    return w.chunk("ANIM", anim.toByteArray());
  }

  /** An ANMF frame holding a lossless picture of {@code argb}. */
  WebpWriter frame(int x, int y, int width, int height, int durationMs, boolean blend,
      boolean dispose, int[] argb) {
    byte[] picture = chunkBytes("VP8L", Vp8lWriter.encode(width, height, argb));
    return frame(x, y, width, height, durationMs, blend, dispose, picture);
  }

  /** An ANMF frame around already-made sub-chunks (ALPH, VP8, VP8L, unknown). */
  WebpWriter frame(int x, int y, int width, int height, int durationMs, boolean blend,
      boolean dispose, byte[] subChunks) {
    ByteArrayOutputStream anmf = new ByteArrayOutputStream();
    uint24(anmf, x / 2);
    uint24(anmf, y / 2);
    uint24(anmf, width - 1);
    uint24(anmf, height - 1);
    uint24(anmf, durationMs);
    anmf.write((blend ? 0 : 2) | (dispose ? 1 : 0));
    anmf.writeBytes(subChunks);
    return chunk("ANMF", anmf.toByteArray());
  }

  WebpWriter chunk(String type, byte[] payload) {
    chunks.writeBytes(chunkBytes(type, payload));
    return this;
  }

  /** RIFF header with the right size, then the chunks. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("RIFF"));
    uint32(out, 4 + chunks.size());
    out.writeBytes(ascii("WEBP"));
    out.writeBytes(chunks.toByteArray());
    return out.toByteArray();
  }

  static byte[] chunkBytes(String type, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii(type));
    uint32(out, payload.length);
    out.writeBytes(payload);
    if (payload.length % 2 == 1) {
      out.write(0);
    }
    return out.toByteArray();
  }

  static Path save(Path dir, byte[] webp) throws IOException {
    return Files.write(Files.createTempFile(dir, "synthetic", ".webp"), webp);
  }

  private static void uint24(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write(v >> 8 & 0xFF);
    out.write(v >> 16 & 0xFF);
  }

  private static void uint32(ByteArrayOutputStream out, int v) {
    uint24(out, v);
    out.write(v >>> 24);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
