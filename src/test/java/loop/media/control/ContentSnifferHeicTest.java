package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentSnifferHeicTest {

  static byte[] ftyp(String brand) {
    byte[] h = new byte[32];
    System.arraycopy("ftyp".getBytes(), 0, h, 4, 4);
    System.arraycopy(brand.getBytes(), 0, h, 8, 4);
    return h;
  }

  @Test
  void heicAndAvifPhotosAreNamedNotMistakenForVideo() {
    for (String brand : new String[] {"heic", "mif1", "avif"}) {
      assertTrue(ContentSniffer.sniff(ftyp(brand), 32).isEmpty(), brand);
      assertTrue(ContentSniffer.unsupported(ftyp(brand), 32).orElseThrow().contains("HEIC"));
    }
    assertTrue(ContentSniffer.sniff(ftyp("isom"), 32).isPresent());
    assertTrue(ContentSniffer.unsupported(ftyp("isom"), 32).isEmpty());
  }
}
