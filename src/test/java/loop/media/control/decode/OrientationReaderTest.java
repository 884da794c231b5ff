package loop.media.control.decode;

import static loop.media.control.decode.PictureFixtures.app1Exif;
import static loop.media.control.decode.PictureFixtures.ascii;
import static loop.media.control.decode.PictureFixtures.chunk;
import static loop.media.control.decode.PictureFixtures.exifTiff;
import static loop.media.control.decode.PictureFixtures.idat;
import static loop.media.control.decode.PictureFixtures.ihdr;
import static loop.media.control.decode.PictureFixtures.media;
import static loop.media.control.decode.PictureFixtures.png;
import static loop.media.control.decode.PictureFixtures.withSegment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrientationReaderTest {

  @TempDir
  Path dir;

  static byte[] tinyPng(byte[]... before) throws IOException {
    byte[][] chunks = new byte[before.length + 1][];
    System.arraycopy(before, 0, chunks, 0, before.length);
    chunks[before.length] = idat(new byte[] {0, 0, 0});
    return png(ihdr(1, 1, 8, 2), chunks);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void aJpegApp1ExifOrientationIsRead(int tag) throws IOException {
    // given a JPEG with an Exif APP1 segment holding Orientation = tag
    byte[] jpeg = PictureFixtures.jpeg(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
    Path file = PictureFixtures.write(dir, "o.jpg", withSegment(jpeg, app1Exif(tag)));

    // when
    ExifOrientation orientation = OrientationReader.read(file, StillFormat.JPEG);

    // then
    assertEquals(tag, orientation.tag());
  }

  @Test
  void theSharedFixtureDeclaresSix() {
    assertEquals(ExifOrientation.ROTATE_90_CW,
        OrientationReader.read(media("jpeg_exif_orientation_6.jpg"), StillFormat.JPEG));
    assertEquals(ExifOrientation.NORMAL,
        OrientationReader.read(media("jpeg_baseline.jpg"), StillFormat.JPEG));
  }

  @Test
  void aPngExifChunkBeforeTheImageDataIsRead() throws IOException {
    Path file = PictureFixtures.write(dir, "o.png", tinyPng(chunk("eXIf", exifTiff(8))));

    assertEquals(ExifOrientation.ROTATE_90_CCW, OrientationReader.read(file, StillFormat.PNG));
  }

  @Test
  void aPngExifChunkAfterTheImageDataIsIgnoredAsBrowsersDo() throws IOException {
    byte[] pixels = idat(new byte[] {0, 0, 0});
    Path file = PictureFixtures.write(dir, "o.png",
        png(ihdr(1, 1, 8, 2), pixels, chunk("eXIf", exifTiff(6))));

    assertEquals(ExifOrientation.NORMAL, OrientationReader.read(file, StillFormat.PNG));
  }

  @Test
  void aChunkClaimingTwoGigabytesIsNotRead() throws IOException {
    // given an eXIf header whose length field claims 0x7FFFFFF0 bytes in a tiny file
    byte[] claim = ByteBuffer.allocate(12).putInt(0x7FFFFFF0).put(ascii("eXIf")).putInt(0)
        .array();
    Path file = PictureFixtures.write(dir, "o.png", tinyPng(claim));

    assertEquals(ExifOrientation.NORMAL, OrientationReader.read(file, StillFormat.PNG));
  }

  @Test
  void aDamagedExifBlockMeansNormal() throws IOException {
    byte[] garbage = "this is not a TIFF header at all".getBytes();
    Path file = PictureFixtures.write(dir, "o.png", tinyPng(chunk("eXIf", garbage)));

    assertEquals(ExifOrientation.NORMAL, OrientationReader.read(file, StillFormat.PNG));
  }

  @Test
  void aWebpExifChunkIsRead() throws IOException {
    // given the still WebP fixture re-wrapped as VP8X with an EXIF chunk (Orientation 3)
    byte[] simple = Files.readAllBytes(media("webp_static_lossy.webp"));
    Path file = PictureFixtures.write(dir, "o.webp",
        PictureFixtures.webpWithExif(simple, 160, 120, exifTiff(3)));

    assertEquals(ExifOrientation.ROTATE_180, OrientationReader.read(file, StillFormat.WEBP));
  }

  @Test
  void aWebpExifChunkWithTheJpegPreambleIsRead() throws IOException {
    byte[] simple = Files.readAllBytes(media("webp_static_lossy.webp"));
    byte[] tiff = exifTiff(5);
    byte[] withPreamble = ByteBuffer.allocate(6 + tiff.length).put(ascii("Exif\0\0")).put(tiff)
        .array();
    Path file = PictureFixtures.write(dir, "o.webp",
        PictureFixtures.webpWithExif(simple, 160, 120, withPreamble));

    assertEquals(ExifOrientation.TRANSPOSE, OrientationReader.read(file, StillFormat.WEBP));
  }

  @Test
  void aWebpWithoutExifIsNormal() {
    assertEquals(ExifOrientation.NORMAL,
        OrientationReader.read(media("webp_static_lossy.webp"), StillFormat.WEBP));
  }
}
