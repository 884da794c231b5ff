package loop.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DispositionTest {

  @Test
  void plainAsciiNameIsTheSameInBothParameters() {
    String header = Disposition.attachment("cat.gif");

    assertEquals("attachment; filename=\"cat.gif\"; filename*=UTF-8''cat.gif", header);
  }

  @Test
  void nonAsciiIsReplacedInTheFallbackAndPercentEncodedInTheUtf8Name() {
    String header = Disposition.attachment("Fête à la plage.gif");

    assertEquals(
        "attachment; filename=\"F_te _ la plage.gif\"; "
            + "filename*=UTF-8''F%C3%AAte%20%C3%A0%20la%20plage.gif",
        header);
  }

  @Test
  void quotesAndBackslashesCannotCloseTheQuotedFallback() {
    String header = Disposition.attachment("say \"hi\" \\ bye.gif");

    assertEquals(
        "attachment; filename=\"say _hi_ _ bye.gif\"; "
            + "filename*=UTF-8''say%20%22hi%22%20%5C%20bye.gif",
        header);
  }

  @Test
  void spacesArePercentTwentyAndPlusIsEncoded() {
    String header = Disposition.attachment("a b+c.gif");

    assertEquals("attachment; filename=\"a b+c.gif\"; filename*=UTF-8''a%20b%2Bc.gif", header);
  }

  @Test
  void anEmojiBecomesOneUnderscoreAndFourUtf8Bytes() {
    String header = Disposition.attachment("😀.gif");

    assertEquals("attachment; filename=\"_.gif\"; filename*=UTF-8''%F0%9F%98%80.gif", header);
  }

  @Test
  void lineBreaksCannotInjectAHeader() {
    String header = Disposition.attachment("a\r\nSet-Cookie: x=1.gif");

    assertFalse(header.contains("\r") || header.contains("\n"), header);
    assertEquals(
        "attachment; filename=\"a__Set-Cookie: x=1.gif\"; "
            + "filename*=UTF-8''a%0D%0ASet-Cookie%3A%20x%3D1.gif",
        header);
  }

  @Test
  void asteriskIsPercentEncodedInTheUtf8Name() {
    String header = Disposition.attachment("a*b.gif");

    assertEquals("attachment; filename=\"a*b.gif\"; filename*=UTF-8''a%2Ab.gif", header);
  }
}
