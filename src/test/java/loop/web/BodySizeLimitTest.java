package loop.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

  static final int MAX = 10;

  BodySizeLimit cut;

  @BeforeEach
  void init() {
    cut = new BodySizeLimit();
    cut.maxBytes = MAX;
  }

  InputStream counting(int bodyBytes) {
    return cut.new Counting(new ByteArrayInputStream(new byte[bodyBytes]), MAX);
  }

  @Test
  void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
    InputStream in = counting(MAX);

    byte[] body = in.readAllBytes();

    assertArrayEquals(new byte[MAX], body);
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() {
    InputStream in = counting(MAX + 1);

    ApiException e = assertThrows(ApiException.class, in::readAllBytes);

    assertEquals(413, e.status());
    assertTrue(e.getMessage().contains(MAX + " bytes"), e.getMessage());
  }

  @Test
  void singleByteReadsAreCountedToo() throws IOException {
    // given
    InputStream in = counting(MAX + 1);
    for (int i = 0; i < MAX; i++) {
      in.read();
    }

    // when
    ApiException e = assertThrows(ApiException.class, in::read);

    // then
    assertEquals(413, e.status());
  }

  @Test
  void smallChunkedReadsAddUp() throws IOException {
    // given
    InputStream in = counting(MAX + 5);
    byte[] chunk = new byte[4];
    in.read(chunk, 0, 4);
    in.read(chunk, 0, 4);

    // when the third chunk takes the total to 12
    ApiException e = assertThrows(ApiException.class, () -> in.read(chunk, 0, 4));

    // then
    assertEquals(413, e.status());
  }

  @Test
  void endOfStreamIsNotCounted() throws IOException {
    // given a body of exactly the limit, already read
    InputStream in = counting(MAX);
    in.readAllBytes();

    // when
    int single = in.read();
    int bulk = in.read(new byte[4], 0, 4);

    // then
    assertEquals(-1, single);
    assertEquals(-1, bulk);
  }

  @Test
  void onlyTheRestoreRouteIsLeftToItsOwnCap() {
    assertTrue(BodySizeLimit.restore("restore"));
    assertTrue(BodySizeLimit.restore("/restore"));
    assertEquals(false, BodySizeLimit.restore("/restore/x"));
    assertEquals(false, BodySizeLimit.restore("/loop"));
    assertEquals(false, BodySizeLimit.restore(null));
  }
}
