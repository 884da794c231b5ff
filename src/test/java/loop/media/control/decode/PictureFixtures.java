package loop.media.control.decode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.IntBinaryOperator;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import loop.media.entity.Geometry;

/** Shared media fixtures and pictures made in test code (PNG chunks, JPEG with EXIF/Adobe). */
final class PictureFixtures {

  private PictureFixtures() {}

  /** The public media fixtures: {@code loop.shared.dir}/fixtures/media, else /work/shared. */
  static Path media(String name) {
    Path configured = Path.of(System.getProperty("loop.shared.dir", "../shared"));
    Path shared = Files.isDirectory(configured) ? configured : Path.of("/work/shared");
    return shared.resolve("fixtures/media").resolve(name);
  }

  /** The RGB565 value at ({@code x}, {@code y}) of a big-endian frame. */
  static int at(byte[] frame, Geometry g, int x, int y) {
    int o = (y * g.width() + x) * 2;
    return ((frame[o] & 0xFF) << 8) | (frame[o + 1] & 0xFF);
  }

  /** An RGB565 value as 8-bit {r, g, b} (bit-replicated). */
  static int[] rgb(int rgb565) {
    int r = rgb565 >> 11;
    int g = (rgb565 >> 5) & 0x3F;
    int b = rgb565 & 0x1F;
    return new int[] {r << 3 | r >> 2, g << 2 | g >> 4, b << 3 | b >> 2};
  }

  /** True when every channel of {@code rgb565} is within {@code tolerance} of 0xRRGGBB. */
  static boolean near(int rgb565, int rgb, int tolerance) {
    int[] c = rgb(rgb565);
    return Math.abs(c[0] - (rgb >> 16 & 0xFF)) <= tolerance
        && Math.abs(c[1] - (rgb >> 8 & 0xFF)) <= tolerance
        && Math.abs(c[2] - (rgb & 0xFF)) <= tolerance;
  }

  /** A PNG chunk: length, type, data, CRC over type and data. */
  static byte[] chunk(String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data)
        .putInt((int) crc.getValue()).array();
  }

  /** IHDR data: width, height, bit depth, colour type, no interlace. */
  static byte[] ihdr(int width, int height, int depth, int colourType) {
    return ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) depth)
        .put((byte) colourType).put(new byte[3]).array();
  }

  /** A PNG of the given chunks after the signature and IHDR, ended by IEND. */
  static byte[] png(byte[] ihdr, byte[]... chunks) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    out.write(chunk("IHDR", ihdr));
    for (byte[] c : chunks) {
      out.write(c);
    }
    out.write(chunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  /** An IDAT chunk of the given scanlines, each prefixed with filter type 0. */
  static byte[] idat(byte[]... rows) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (OutputStream z = new DeflaterOutputStream(raw)) {
      for (byte[] row : rows) {
        z.write(0);
        z.write(row);
      }
    }
    return chunk("IDAT", raw.toByteArray());
  }

  /** An 8-bit RGB PNG with Adam7 interlacing: seven passes of the picture's pixel lattice. */
  static byte[] interlacedPng(int width, int height, IntBinaryOperator colour) throws IOException {
    int[][] passes = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4},
      {1, 0, 2, 2}, {0, 1, 1, 2}}; // x0, y0, dx, dy
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (OutputStream z = new DeflaterOutputStream(raw)) {
      for (int[] p : passes) {
        for (int y = p[1]; y < height && p[0] < width; y += p[3]) {
          z.write(0);
          for (int x = p[0]; x < width; x += p[2]) {
            int c = colour.applyAsInt(x, y);
            z.write(new byte[] {(byte) (c >> 16), (byte) (c >> 8), (byte) c});
          }
        }
      }
    }
    byte[] header = ihdr(width, height, 8, 2);
    header[12] = 1; // interlace method: Adam7
    return png(header, chunk("IDAT", raw.toByteArray()));
  }

  /** A baseline JPEG (JDK encoder, quality 0.95, JFIF APP0) of an RGB picture or raw raster. */
  static byte[] jpeg(Object picture) throws IOException {
    ImageWriter writer = jdkJpegWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.95f);
      IIOImage image = picture instanceof Raster r
          ? new IIOImage(r, null, null)
          : new IIOImage((RenderedImage) picture, null, null);
      writer.write(null, image, param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static ImageWriter jdkJpegWriter() {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    while (writers.hasNext()) {
      ImageWriter writer = writers.next();
      if (writer.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageWriter")) {
        return writer;
      }
    }
    throw new IllegalStateException("no JDK JPEG writer");
  }

  /** {@code jpeg} with {@code segment} inserted right after SOI (and after APP0 if present). */
  static byte[] withSegment(byte[] jpeg, byte[] segment) {
    int at = 2;
    if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
      at = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
    }
    return ByteBuffer.allocate(jpeg.length + segment.length).put(jpeg, 0, at).put(segment)
        .put(jpeg, at, jpeg.length - at).array();
  }

  /**
   * A TIFF structure (big-endian) whose IFD0 holds one tag, Orientation (0x0112, SHORT) = value:
   * the payload of a JPEG APP1 Exif segment, a PNG eXIf chunk and a WebP EXIF chunk.
   */
  static byte[] exifTiff(int orientation) {
    return ByteBuffer.allocate(26)
        .put(new byte[] {'M', 'M', 0, 42}).putInt(8) // header, IFD0 at offset 8
        .putShort((short) 1) // one entry
        .putShort((short) 0x0112).putShort((short) 3).putInt(1) // tag, SHORT, count 1
        .putShort((short) orientation).putShort((short) 0) // value, padded to 4 bytes
        .putInt(0) // no next IFD
        .array();
  }

  /** A JPEG APP1 segment "Exif\0\0" + {@link #exifTiff}. */
  static byte[] app1Exif(int orientation) {
    byte[] tiff = exifTiff(orientation);
    return ByteBuffer.allocate(4 + 6 + tiff.length).put((byte) 0xFF).put((byte) 0xE1)
        .putShort((short) (2 + 6 + tiff.length)).put(ascii("Exif\0\0")).put(tiff).array();
  }

  /**
   * An extended (VP8X) WebP holding the image chunk of a simple WebP ({@code simple} from byte
   * 12 on) followed by an EXIF chunk with {@code exif}.
   */
  static byte[] webpWithExif(byte[] simple, int width, int height, byte[] exif) {
    int image = simple.length - 12;
    int pad = exif.length & 1;
    ByteBuffer out = ByteBuffer.allocate(12 + 18 + image + 8 + exif.length + pad)
        .order(ByteOrder.LITTLE_ENDIAN);
    out.put(ascii("RIFF")).putInt(out.capacity() - 8).put(ascii("WEBP"));
    out.put(ascii("VP8X")).putInt(10).put((byte) 0x08).put(new byte[3]); // flag: has EXIF
    putInt24(out, width - 1);
    putInt24(out, height - 1);
    out.put(simple, 12, image);
    out.put(ascii("EXIF")).putInt(exif.length).put(exif).put(new byte[pad]);
    return out.array();
  }

  private static void putInt24(ByteBuffer out, int value) {
    out.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An Adobe APP14 segment; transform 0 = CMYK (stored inverted), 2 = YCCK. */
  static byte[] app14Adobe(int transform) {
    return new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0,
        0, (byte) transform};
  }

  /** A 4-band byte raster of the given per-pixel samples, for writing CMYK/YCCK as raw JPEG. */
  static WritableRaster fourBands(int width, int height, PixelSamples samples) {
    WritableRaster raster =
        Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, samples.at(x, y));
      }
    }
    return raster;
  }

  /** Samples of one pixel of a generated raster. */
  interface PixelSamples {
    int[] at(int x, int y);
  }

  /** An RGB picture filled by {@code colour(x, y)} → 0xRRGGBB. */
  static BufferedImage rgb(int width, int height, IntBinaryOperator colour) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, colour.applyAsInt(x, y));
      }
    }
    return image;
  }

  /** Writes {@code bytes} to {@code name} in {@code dir}. */
  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
