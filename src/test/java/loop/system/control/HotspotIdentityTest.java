package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotspotIdentityTest {

  @TempDir Path temp;

  HotspotIdentity cut(Optional<String> ssid, Optional<String> password) {
    return new HotspotIdentity(ssid, password, new WifiMemory(temp.resolve("wifi.properties")),
        temp.resolve("net"));
  }

  @Test
  void nameComesFromTheMacUnlessConfigured() throws IOException {
    Files.createDirectories(temp.resolve("net/wlan0"));
    Files.writeString(temp.resolve("net/wlan0/address"), "dc:a6:32:01:3f:2a\n");

    assertEquals("Loop-3F2A", cut(Optional.empty(), Optional.empty()).ssid("wlan0"));
    assertEquals("Loop-Setup", cut(Optional.empty(), Optional.empty()).ssid("wlan9"));
    assertEquals("Studio", cut(Optional.of(" Studio "), Optional.empty()).ssid("wlan0"));
  }

  @Test
  void passwordIsConfiguredOrGeneratedOnceAndKept() throws IOException {
    assertEquals("configured-1", cut(Optional.empty(), Optional.of("configured-1")).password());

    String generated = cut(Optional.empty(), Optional.empty()).password();
    assertEquals(10, generated.length());
    assertEquals(generated, cut(Optional.empty(), Optional.empty()).password());
    assertEquals(generated, cut(Optional.empty(), Optional.of("short")).password(),
        "an invalid configured password falls back to the generated one");
  }
}
