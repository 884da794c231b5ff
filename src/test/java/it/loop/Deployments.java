package it.loop;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The built WAR, deployed as it ships; and media fixtures made unique per test. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive loop() {
    return ShrinkWrap.create(WebArchive.class, "loopit.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/loop.war")));
  }

  /** The shared fixtures folder ({@code ../shared/fixtures/media}). */
  public static Path fixtures() {
    return Path.of(System.getProperty("loop.shared.dir", "../shared"), "fixtures", "media");
  }

  /**
   * A fixture's bytes with a random tail after the end of the file, so every test gets its own
   * content (and slug) while the content type stays what the fixture is.
   */
  public static byte[] unique(String fixture) {
    try {
      byte[] bytes = Files.readAllBytes(fixtures().resolve(fixture));
      byte[] tail = UUID.randomUUID().toString().getBytes();
      byte[] out = new byte[bytes.length + tail.length];
      System.arraycopy(bytes, 0, out, 0, bytes.length);
      System.arraycopy(tail, 0, out, bytes.length, tail.length);
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
