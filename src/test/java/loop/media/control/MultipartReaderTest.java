package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

  static byte[] body(String boundary, Object... nameFileBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("preamble to ignore\r\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < nameFileBytes.length; i += 3) {
      String filename = nameFileBytes[i + 1] == null ? "" : "; filename=\"" + nameFileBytes[i + 1] + "\"";
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
          + nameFileBytes[i] + "\"" + filename + "\r\nContent-Type: x/y\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.writeBytes((byte[]) nameFileBytes[i + 2]);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Delivers at most {@code step} bytes per read, to cross every buffer edge. */
  static InputStream trickle(byte[] data, int step) {
    return new FilterInputStream(new ByteArrayInputStream(data)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 64, 65536})
  void partsComeBackByteExactWhateverTheReadSizes(int step) throws IOException {
    byte[] big = new byte[200_000];
    new Random(1).nextBytes(big);
    byte[] tricky = "\r\n--boun\r\n--bou\r\n-".getBytes(StandardCharsets.ISO_8859_1);
    byte[] data = body("bound", "files", "Fête à la plage.gif", big, "note", null,
        "hello".getBytes(), "files", "x.bin", tricky);
    MultipartReader cut = new MultipartReader(trickle(data, step), "bound");

    MultipartReader.Part first = cut.next();
    assertEquals("files", first.name());
    assertEquals("Fête à la plage.gif", first.filename());
    assertArrayEquals(big, first.body().readAllBytes());

    MultipartReader.Part note = cut.next();
    assertEquals("note", note.name());
    assertNull(note.filename());
    assertArrayEquals("hello".getBytes(), note.body().readAllBytes());

    MultipartReader.Part third = cut.next();
    assertArrayEquals(tricky, third.body().readAllBytes());
    assertNull(cut.next());
  }

  @Test
  void unreadPartsAreSkipped() throws IOException {
    byte[] data = body("b", "a", "1.gif", new byte[5000], "files", "2.gif", new byte[] {9});
    MultipartReader cut = new MultipartReader(new ByteArrayInputStream(data), "b");
    assertEquals("1.gif", cut.next().filename());
    MultipartReader.Part second = cut.next();
    assertEquals("2.gif", second.filename());
    assertArrayEquals(new byte[] {9}, second.body().readAllBytes());
    assertNull(cut.next());
  }

  @Test
  void truncatedBodyIsMalformed() throws IOException {
    byte[] data = body("b", "files", "1.gif", new byte[100]);
    byte[] cutOff = java.util.Arrays.copyOf(data, data.length - 20);
    MultipartReader cut = new MultipartReader(new ByteArrayInputStream(cutOff), "b");
    MultipartReader.Part part = cut.next();
    assertThrows(MultipartReader.Malformed.class, () -> part.body().readAllBytes());
  }

  @Test
  void boundaryAndParametersAreParsed() {
    assertEquals("abc", MultipartReader.boundary("multipart/form-data; boundary=abc"));
    assertEquals("a b", MultipartReader.boundary("multipart/form-data; boundary=\"a b\""));
    assertNull(MultipartReader.boundary("multipart/form-data"));
    assertEquals("we\"ird.gif",
        MultipartReader.params("form-data; name=\"files\"; filename=\"we\\\"ird.gif\"")
            .get("filename"));
  }

  @Test
  void windowsPathsKeepTheirBackslashesSoTheDirectoriesCanBeDropped() {
    // browsers send backslashes raw; curl escapes them as a quoted-pair
    assertEquals("C:\\Users\\me\\cat.gif",
        MultipartReader.params("form-data; filename=\"C:\\Users\\me\\cat.gif\"").get("filename"));
    assertEquals("a\\b.gif",
        MultipartReader.params("form-data; filename=\"a\\\\b.gif\"").get("filename"));
  }
}
