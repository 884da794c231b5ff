package loop.system.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirReadinessCheckTest {

  @TempDir Path tmp;
  DataDirReadinessCheck cut;

  @BeforeEach
  void setUp() {
    PlainHealthResponses.install();
    DataDirectory data = new DataDirectory();
    data.dataDir = tmp.resolve("data").toString();
    data.init();
    DeviceFigures figures = new DeviceFigures();
    figures.data = data;
    cut = new DataDirReadinessCheck();
    cut.data = data;
    cut.figures = figures;
    cut.minFreeMb = 0;
  }

  @Test
  void upWhenWritableWithSpace() {
    HealthCheckResponse r = cut.call();

    assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
    assertEquals(true, r.getData().orElseThrow().get("writable"));
  }

  @Test
  void downBelowTheFreeSpaceFloor() {
    cut.minFreeMb = Long.MAX_VALUE / (2L * 1024 * 1024);

    assertEquals(HealthCheckResponse.Status.DOWN, cut.call().getStatus());
  }

  @Test
  void notWritableWhenTheDirectoryCannotBeCreated() throws Exception {
    Path file = Files.write(tmp.resolve("a-file"), new byte[] {1});

    assertFalse(DataDirReadinessCheck.writable(file.resolve("sub")));
    assertTrue(DataDirReadinessCheck.writable(tmp.resolve("fresh")));
  }
}
