package loop.media.control.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import loop.media.control.ContentSniffer;
import loop.media.control.ContentSniffer.Kind;
import loop.media.entity.MediaRefused;

/** The still-picture containers {@link StillImageDecoder} reads, decided from the content. */
enum StillFormat {
  PNG("PNG", "png"),
  JPEG("JPEG", "jpg"),
  WEBP("WebP", "webp");

  private final String label;
  private final String extension;

  StillFormat(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  /** The name users know the format by ("PNG", "JPEG", "WebP"), for sentences. */
  String label() {
    return label;
  }

  /** A new reader for this format; the caller disposes it. */
  ImageReader newReader() throws IOException {
    return provider().createReaderInstance(null);
  }

  private ImageReaderSpi provider() {
    return switch (this) {
      case PNG -> ReaderProviders.PNG;
      case JPEG -> ReaderProviders.JPEG;
      case WEBP -> ReaderProviders.WEBP;
    };
  }

  /**
   * The format of {@code file} from its first bytes (never its name).
   *
   * @throws MediaRefused when the file is empty or not a PNG, JPEG or WebP
   */
  static StillFormat of(Path file) throws IOException {
    byte[] head = new byte[ContentSniffer.HEAD_BYTES];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    }
    if (length == 0) {
      throw new MediaRefused("The file is empty.");
    }
    Optional<Kind> kind = ContentSniffer.sniff(head, length);
    for (StillFormat format : values()) {
      if (kind.isPresent() && kind.get().extension().equals(format.extension)) {
        return format;
      }
    }
    throw new MediaRefused(kind
        .map(k -> "The file is " + k.mimeType() + ", not a still PNG, JPEG or WebP picture.")
        .orElse("The file is not a PNG, JPEG or WebP picture."));
  }
}
