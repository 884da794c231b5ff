package loop.display.control.framebuffer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A framebuffer's layout as its sysfs directory ({@code /sys/class/graphics/fbN}) describes it.
 *
 * @param width pixels per row ({@code virtual_size}, first number)
 * @param height rows ({@code virtual_size}, second number)
 * @param format how a pixel is stored ({@code bits_per_pixel})
 * @param stride bytes from one row to the next ({@code stride}), at least {@code width} pixels
 */
record Framebuffer(int width, int height, PixelFormat format, int stride) {

  /**
   * Reads {@code virtual_size}, {@code bits_per_pixel} and {@code stride}.
   *
   * @param sysfs the device's directory, e.g. {@code /sys/class/graphics/fb0}
   * @throws IOException when a file is missing or malformed, or the pixel format is not 16, 24 or
   *     32 bits
   */
  static Framebuffer read(Path sysfs) throws IOException {
    String size = attribute(sysfs, "virtual_size");
    String[] parts = size.split(",");
    int bits = number(sysfs, "bits_per_pixel", attribute(sysfs, "bits_per_pixel"));
    PixelFormat format =
        PixelFormat.of(bits)
            .orElseThrow(
                () -> new IOException(sysfs + ": " + bits + " bpp is not supported (16, 24, 32)"));
    if (parts.length != 2) {
      throw new IOException(sysfs + ": virtual_size '" + size + "' is not WIDTH,HEIGHT");
    }
    Framebuffer fb =
        new Framebuffer(
            number(sysfs, "virtual_size", parts[0]),
            number(sysfs, "virtual_size", parts[1]),
            format,
            number(sysfs, "stride", attribute(sysfs, "stride")));
    return fb.checked(sysfs);
  }

  private Framebuffer checked(Path sysfs) throws IOException {
    if (width <= 0 || height <= 0 || stride < width * format.bytes()) {
      throw new IOException(
          sysfs + ": " + width + "x" + height + " with stride " + stride + " is not a layout");
    }
    return this;
  }

  private static String attribute(Path sysfs, String name) throws IOException {
    return Files.readString(sysfs.resolve(name), StandardCharsets.US_ASCII).strip();
  }

  private static int number(Path sysfs, String name, String text) throws IOException {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IOException(sysfs + ": " + name + " '" + text + "' is not a number", e);
    }
  }
}
