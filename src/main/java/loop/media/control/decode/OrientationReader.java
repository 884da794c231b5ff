package loop.media.control.decode;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the EXIF orientation of a still picture with metadata-extractor: from the JPEG APP1
 * segment, the PNG {@code eXIf} chunk (before the image data, where browsers look) or the WebP
 * {@code EXIF} chunk. For PNG and WebP the chunk is located here, by its header, and only a
 * bounded payload is handed to metadata-extractor: its own PNG and RIFF readers allocate
 * whatever length a chunk header claims and inflate compressed text chunks without limit.
 * Metadata is advisory: a missing, damaged or oversized EXIF block means {@code NORMAL}.
 */
final class OrientationReader {

  /** Largest EXIF payload read from a PNG or WebP chunk; a JPEG APP1 is at most 64 KiB anyway. */
  static final int MAX_EXIF_BYTES = 1 << 20;
  private static final int MAX_CHUNKS = 1024;
  private static final byte[] EXIF_PREAMBLE = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

  private OrientationReader() {}

  /** The orientation {@code file} declares; {@code NORMAL} when it declares none. */
  static ExifOrientation read(Path file, StillFormat format) {
    try {
      return switch (format) {
        case JPEG -> jpeg(file);
        case PNG -> tiff(chunk(file, 8, false, "eXIf", "IDAT"));
        case WEBP -> tiff(chunk(file, 12, true, "EXIF", null));
      };
    } catch (IOException | ImageProcessingException | RuntimeException e) {
      // metadata-extractor reports broken EXIF in several ways; none should refuse a picture
      return ExifOrientation.NORMAL;
    }
  }

  private static ExifOrientation jpeg(Path file) throws IOException, ImageProcessingException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return orientation(JpegMetadataReader.readMetadata(in, List.of(new ExifReader())));
    }
  }

  private static ExifOrientation tiff(byte[] payload) throws IOException {
    if (payload == null) {
      return ExifOrientation.NORMAL;
    }
    // some WebP writers keep the JPEG-style "Exif\0\0" in front of the TIFF header
    int start = startsWith(payload, EXIF_PREAMBLE) ? EXIF_PREAMBLE.length : 0;
    Metadata metadata = new Metadata();
    new ExifReader().extract(new ByteArrayReader(payload, start), metadata);
    return orientation(metadata);
  }

  private static ExifOrientation orientation(Metadata metadata) {
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    Integer tag = ifd0 == null ? null : ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
    return tag == null ? ExifOrientation.NORMAL : ExifOrientation.of(tag);
  }

  /**
   * The payload of the first chunk of type {@code wanted}, walking chunk headers from
   * {@code offset}: PNG chunks are length (big-endian), type, data, CRC; RIFF chunks are type,
   * length (little-endian), data padded to even. Null when absent, oversized, or {@code stop}
   * comes first.
   */
  private static byte[] chunk(Path file, long offset, boolean riff, String wanted, String stop)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long position = offset;
      for (int i = 0; i < MAX_CHUNKS; i++) {
        ByteBuffer header = read(channel, position, 8);
        if (header == null) {
          return null;
        }
        header.order(riff ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long length = Integer.toUnsignedLong(header.getInt(riff ? 4 : 0));
        String type = new String(header.array(), riff ? 0 : 4, 4, StandardCharsets.ISO_8859_1);
        if (type.equals(wanted)) {
          return length <= MAX_EXIF_BYTES ? array(read(channel, position + 8, (int) length)) : null;
        }
        if (type.equals(stop)) {
          return null;
        }
        position += 8 + length + (riff ? length & 1 : 4);
      }
      return null;
    }
  }

  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    if (position + length > channel.size()) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        return null;
      }
    }
    return buffer;
  }

  private static byte[] array(ByteBuffer buffer) {
    return buffer == null ? null : buffer.array();
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
  }
}
