package loop.access.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes in one text form, {@code
 * pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>} (standard base64 with padding, 16-byte
 * salt, 32-byte hash). The iteration count travels with the hash, so it can be raised later
 * without breaking stored passwords. Run {@code main} to make a hash for {@code
 * loop.auth.password-hash}: it reads the password from the first line of standard input.
 */
public final class PasswordHash {

  static final String SCHEME = "pbkdf2-sha256";
  static final int ITERATIONS = 100_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final int MAX_ITERATIONS = 10_000_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  /** A new hash of {@code password} with a fresh random salt. */
  public static String of(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return format(ITERATIONS, salt, derive(password, salt, ITERATIONS, HASH_BITS));
  }

  /** True when {@code password} matches {@code hash}; false for a malformed hash. */
  public static boolean matches(String password, String hash) {
    String[] parts = hash == null ? new String[0] : hash.split("\\$");
    if (!wellFormed(parts) || password == null) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]), expected.length * 8);
    return MessageDigest.isEqual(expected, actual);
  }

  /** True when {@code hash} is in the format above (the config preset is checked with it). */
  public static boolean isWellFormed(String hash) {
    return hash != null && wellFormed(hash.split("\\$"));
  }

  private static boolean wellFormed(String[] parts) {
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      int saltLength = Base64.getDecoder().decode(parts[2]).length;
      int hashLength = Base64.getDecoder().decode(parts[3]).length;
      return iterations >= 1_000 && iterations <= MAX_ITERATIONS && saltLength >= 8
          && hashLength >= 16 && hashLength <= 64;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
        + b64.encodeToString(hash);
  }

  private static byte[] derive(String password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Prints the hash of the password on the first line of standard input. */
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    String password = in.readLine();
    if (password == null || password.length() < 8) {
      System.err.println("Give a password of at least 8 characters on standard input.");
      System.exit(2);
    }
    System.out.println(of(password));
  }
}
