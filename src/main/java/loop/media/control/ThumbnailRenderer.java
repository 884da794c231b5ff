package loop.media.control;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import javax.imageio.ImageIO;

/**
 * Renders RGB565 frames as PNG: whole frames (the frame route, the display snapshot) and
 * half-size thumbnails (160×120 or 120×160, 2×2 averaged) for the library grid.
 */
public final class ThumbnailRenderer {

  private ThumbnailRenderer() {}

  /** The frame as an RGB image, {@code factor} = 1 (full) or 2 (half size, averaged). */
  public static BufferedImage image(ByteBuffer rgb565, int width, int height, int factor) {
    BufferedImage img = new BufferedImage(width / factor, height / factor,
        BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height / factor; y++) {
      for (int x = 0; x < width / factor; x++) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (int dy = 0; dy < factor; dy++) {
          for (int dx = 0; dx < factor; dx++) {
            int i = ((y * factor + dy) * width + x * factor + dx) * 2;
            int v = ((rgb565.get(i) & 0xFF) << 8) | (rgb565.get(i + 1) & 0xFF);
            r += ((v >> 11) & 0x1F) * 255 / 31;
            g += ((v >> 5) & 0x3F) * 255 / 63;
            b += (v & 0x1F) * 255 / 31;
          }
        }
        int n = factor * factor;
        img.setRGB(x, y, (r / n) << 16 | (g / n) << 8 | (b / n));
      }
    }
    return img;
  }

  /** Writes a half-size PNG thumbnail atomically (temp file, fsync, then rename). */
  public static void writeThumbnail(ByteBuffer rgb565, int width, int height, Path target)
      throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".part");
    try (OutputStream out = Files.newOutputStream(temp)) {
      ImageIO.write(image(rgb565, width, height, 2), "png", out);
    }
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
