package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaNamesTest {

  static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final String OTHER_HASH = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  static String stemOf(String slug) {
    return slug.substring(0, slug.lastIndexOf('_'));
  }

  // displayName

  @ParameterizedTest
  @ValueSource(strings = {"cat.gif", "a/b/cat.gif", "/abs/cat.gif", "C:\\Users\\me\\cat.gif", "a\\b/c\\cat.gif"})
  void displayNameDropsDirectories(String clientName) {
    String name = MediaNames.displayName(clientName);

    assertEquals("cat.gif", name);
  }

  @Test
  void displayNameDropsAsciiControlAndFormatCharacters() {
    // given a NUL, a bell, a newline, a tab, DEL and a right-to-left override
    String clientName = "c\u0000a\u0007t\n\t\u007F\u202Egif.exe";

    String name = MediaNames.displayName(clientName);

    assertEquals("catgif.exe", name);
  }

  @Test
  void displayNameKeepsZeroWidthJoinersOfEmojiSequences() {
    // given a family emoji: man ZWJ woman ZWJ girl
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67.gif";

    String name = MediaNames.displayName(family);

    assertEquals(family, name);
  }

  @Test
  void displayNameDropsC1ControlCharacters() {
    // given NEL (U+0085) and CSI (U+009B), both general category Cc
    String clientName = "ca\u0085t\u009B.gif";

    String name = MediaNames.displayName(clientName);

    assertEquals("cat.gif", name);
  }

  @Test
  void displayNameStripsSurroundingBlanks() {
    String name = MediaNames.displayName("  cat.gif \u3000");

    assertEquals("cat.gif", name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fête à la plage.gif", "猫の写真.png", "😀 party 🎉.webp", "Ωmega—ünïcødé.jpg"})
  void displayNameKeepsUnicode(String clientName) {
    String name = MediaNames.displayName(clientName);

    assertEquals(clientName, name);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {".", "..", "   ", "dir/", "a/..", "C:\\x\\.", "\u0000\u0001", ".\u200B."})
  void displayNameFallsBackToUpload(String clientName) {
    String name = MediaNames.displayName(clientName);

    assertEquals("upload", name);
  }

  @Test
  void displayNameKeepsANameOfExactly255Bytes() {
    String clientName = "a".repeat(251) + ".gif";

    String name = MediaNames.displayName(clientName);

    assertEquals(clientName, name);
  }

  @Test
  void displayNameTruncatesTwoByteCharactersToWholeCodePoints() {
    // given 300 two-byte characters (600 bytes)
    String clientName = "é".repeat(300);

    String name = MediaNames.displayName(clientName);

    // then 127 of them fit (254 bytes); a 128th would need 256
    assertEquals("é".repeat(127), name);
  }

  @Test
  void displayNameTruncatesSurrogatePairsWithoutSplittingThem() {
    // given 100 four-byte emoji (400 bytes) after a one-byte prefix
    String clientName = "x" + "😀".repeat(100);

    String name = MediaNames.displayName(clientName);

    // then 1 + 63 * 4 = 253 bytes; a 64th emoji would need 257
    assertEquals("x" + "😀".repeat(63), name);
    assertEquals(253, utf8Length(name));
    assertFalse(Character.isHighSurrogate(name.charAt(name.length() - 1)));
  }

  @Test
  void displayNameTruncatesMixedWidthsToAtMost255Bytes() {
    String clientName = "ab猫😀é".repeat(60);

    String name = MediaNames.displayName(clientName);

    assertTrue(utf8Length(name) <= 255);
    assertTrue(utf8Length(name) > 255 - 4);
    assertTrue(clientName.startsWith(name));
    assertEquals(name, new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  // slug

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cat.gif",
        "Fête à la plage.gif",
        "../../etc/passwd",
        "*",
        "<script>.gif",
        "😀🎉.gif",
        ".gif",
        "---.png",
        "a.b.c.d",
        "CON",
        "name with 'quotes' and \"doubles\".jpg"
      })
  void slugMatchesThePattern(String displayName) {
    String slug = MediaNames.slug(displayName, HASH);

    assertTrue(slug.matches(MediaNames.SLUG_PATTERN), slug);
    assertTrue(MediaNames.isSlug(slug), slug);
  }

  @Test
  void slugOfAVeryLongNameMatchesThePattern() {
    String displayName = "Holiday ".repeat(40).substring(0, 296) + ".gif";

    String slug = MediaNames.slug(displayName, HASH);

    assertTrue(MediaNames.isSlug(slug), slug);
    assertTrue(stemOf(slug).length() <= 48, slug);
    assertTrue(stemOf(slug).startsWith("holiday-holiday-"), slug);
  }

  @Test
  void slugIsStableForTheSameNameAndHash() {
    String first = MediaNames.slug("cat.gif", HASH);

    String second = MediaNames.slug("cat.gif", HASH);

    assertEquals(first, second);
  }

  @Test
  void slugDiffersForAnotherName() {
    // given two names with the same ASCII stem
    String a = MediaNames.slug("Cat.gif", HASH);

    String b = MediaNames.slug("cat.gif", HASH);

    assertEquals(stemOf(a), stemOf(b));
    assertNotEquals(a, b);
  }

  @Test
  void slugDiffersForAnotherHash() {
    String a = MediaNames.slug("cat.gif", HASH);

    String b = MediaNames.slug("cat.gif", OTHER_HASH);

    assertNotEquals(a, b);
  }

  @Test
  void slugStemIsAsciiFromAccentedNames() {
    String slug = MediaNames.slug("Fête à la plage.gif", HASH);

    assertEquals("fete-a-la-plage", stemOf(slug));
  }

  @Test
  void slugStemOfPathTraversalHasNoPathCharacters() {
    String slug = MediaNames.slug(MediaNames.displayName("../../etc/passwd"), HASH);

    assertEquals("passwd", stemOf(slug));
  }

  @Test
  void slugStemOfScriptTagIsItsWord() {
    String slug = MediaNames.slug("<script>.gif", HASH);

    assertEquals("script", stemOf(slug));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "😀🎉.gif", "😀", "---.png", "..", "الصورة.gif"})
  void slugStemFallsBackToMediaWhenNothingAsciiIsLeft(String displayName) {
    String slug = MediaNames.slug(displayName, HASH);

    assertEquals("media", stemOf(slug));
  }

  @Test
  void slugStemIsCutAt48WithoutATrailingHyphen() {
    // given a 47-letter word and a second word: "aaa…a-b" would be 49 characters
    String displayName = "a".repeat(47) + " b.gif";

    String slug = MediaNames.slug(displayName, HASH);

    assertEquals("a".repeat(47), stemOf(slug));
  }

  // isSlug

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cat_0123456789ab",
        "a_000000000000",
        "0-1-2_abcdefabcdef",
        "fete-a-la-plage_9f86d081884c",
      })
  void isSlugAccepts(String value) {
    assertTrue(MediaNames.isSlug(value));
  }

  @Test
  void isSlugAcceptsTheLongestStem() {
    assertTrue(MediaNames.isSlug("a".repeat(64) + "_0123456789ab"));
  }

  @Test
  void isSlugRefusesAStemTooLong() {
    assertFalse(MediaNames.isSlug("a".repeat(65) + "_0123456789ab"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "cat",
        "Cat_0123456789ab",
        "-cat_0123456789ab",
        "_0123456789ab",
        "cat_0123456789a",
        "cat_0123456789abc",
        "cat_0123456789AB",
        "cat_0123456789ag",
        "cat-0123456789ab",
        "cat_0123456789ab\n",
        " cat_0123456789ab",
        "../cat_0123456789ab",
        "cat.gif_0123456789ab",
        "fête_0123456789ab",
      })
  void isSlugRefuses(String value) {
    assertFalse(MediaNames.isSlug(value));
  }
}
