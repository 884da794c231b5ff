package loop.access.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void aHashMatchesItsPasswordOnlyAndIsSaltedAndInTheDocumentedForm() {
    String hash = PasswordHash.of("correct horse");

    assertTrue(hash.matches("pbkdf2-sha256\\$100000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}"),
        hash);
    assertTrue(PasswordHash.matches("correct horse", hash));
    assertFalse(PasswordHash.matches("correct horsE", hash));
    assertFalse(hash.contains("correct"));
    assertNotEquals(hash, PasswordHash.of("correct horse"), "a fresh salt every time");
  }

  @Test
  void aHashWithItsOwnIterationCountStillVerifies() {
    String fewer = PasswordHash.format(2_000, new byte[16],
        new byte[32]); // wrong bytes: must not match
    assertTrue(PasswordHash.isWellFormed(fewer));
    assertFalse(PasswordHash.matches("anything", fewer));
  }

  @Test
  void malformedHashesNeverMatchAndAreReported() {
    for (String bad : new String[] {null, "", "plain", "pbkdf2-sha256$x$AAAA$AAAA",
        "md5$1000$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==", "pbkdf2-sha256$10$AAAAAAAAAAA=$AAAA"}) {
      assertFalse(PasswordHash.isWellFormed(bad), bad);
      assertFalse(PasswordHash.matches("password", bad), bad);
    }
  }
}
