package loop.media.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * Decides what an upload is from its first bytes (magic numbers), never from its name. Knows the
 * containers Loop converts: GIF, PNG, JPEG, WebP, MP4/MOV (ISO BMFF), AVI, WebM/Matroska, ZIP.
 */
public final class ContentSniffer {

  /** How many leading bytes {@link #sniff} needs to decide. */
  public static final int HEAD_BYTES = 32;

  /** A recognised type: its MIME type and the extension the stored original gets. */
  public record Kind(String mimeType, String extension) {}

  private ContentSniffer() {}

  /** The kind of content starting with {@code head}, or empty when it is none Loop accepts. */
  public static Optional<Kind> sniff(byte[] head, int length) {
    byte[] h = Arrays.copyOf(head, Math.max(length, 0));
    if (starts(h, "GIF87a") || starts(h, "GIF89a")) {
      return kind("image/gif", "gif");
    }
    if (starts(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return kind("image/png", "png");
    }
    if (starts(h, 0xFF, 0xD8, 0xFF)) {
      return kind("image/jpeg", "jpg");
    }
    if (starts(h, "RIFF") && at(h, 8, "WEBP")) {
      return kind("image/webp", "webp");
    }
    if (starts(h, "RIFF") && at(h, 8, "AVI ")) {
      return kind("video/x-msvideo", "avi");
    }
    if (at(h, 4, "ftyp")) {
      if (stillImageBrand(h)) {
        return Optional.empty();
      }
      return at(h, 8, "qt  ") ? kind("video/quicktime", "mov") : kind("video/mp4", "mp4");
    }
    if (starts(h, 0x1A, 0x45, 0xDF, 0xA3)) {
      return kind("video/webm", "webm");
    }
    if (starts(h, 'P', 'K', 3, 4)) {
      return kind("application/zip", "zip");
    }
    return Optional.empty();
  }

  /** HEIF/HEIC/AVIF stills share MP4's container but are pictures Loop cannot decode. */
  private static boolean stillImageBrand(byte[] h) {
    for (String brand : new String[] {"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
        "msf1", "avif", "avis"}) {
      if (at(h, 8, brand)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence for content Loop recognises but cannot convert (HEIC/AVIF photos), or empty.
   */
  public static Optional<String> unsupported(byte[] head, int length) {
    byte[] h = Arrays.copyOf(head, Math.max(length, 0));
    if (at(h, 4, "ftyp") && stillImageBrand(h)) {
      return Optional.of("is a HEIC/HEIF or AVIF photo, which Loop cannot convert yet; choose "
          + "'Most Compatible' in the iPhone camera settings, or share it as JPEG");
    }
    return Optional.empty();
  }

  private static Optional<Kind> kind(String mime, String ext) {
    return Optional.of(new Kind(mime, ext));
  }

  private static boolean starts(byte[] h, String ascii) {
    return at(h, 0, ascii);
  }

  private static boolean at(byte[] h, int offset, String ascii) {
    if (h.length < offset + ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (h[offset + i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean starts(byte[] h, int... bytes) {
    if (h.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (h[i] != (byte) bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
