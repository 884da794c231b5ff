package loop.system.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoryModeTest {

  static final long MB = 1024 * 1024;

  @ParameterizedTest
  @CsvSource({
    "auto, 436560, true", // Pi Zero 2 W: 512 MB less the GPU's share
    "auto, 948056, false",
    "auto, -1, false", // unknown RAM: not low
    "on, 24589936, true",
    "off, 436560, false",
    "ON, 948056, true",
    "bogus, 436560, true", // unknown settings behave as auto
  })
  void decidesFromTheSettingAndMemTotal(String mode, long memTotalKb, boolean low) {
    long total = memTotalKb < 0 ? -1 : memTotalKb * 1024;
    assertEquals(low, MemoryMode.decide(mode, total, 600 * MB));
  }

  @Test
  void lowModeShrinksOpenPacksAndKeepsOneWorker() {
    MemoryMode cut = new MemoryMode();
    cut.mode = "on";
    cut.thresholdMb = 600;
    cut.procRoot = "/nonexistent";
    cut.workers = 3;

    assertEquals(MemoryMode.PACKS_LOW, cut.openPacks());
    assertEquals(1, cut.workers());
    assertEquals("on", cut.setting());
  }

  @Test
  void normalModeKeepsTheConfiguredSizes() {
    MemoryMode cut = new MemoryMode();
    cut.mode = "auto";
    cut.thresholdMb = 600;
    cut.procRoot = "src/test/resources/fixtures/proc/x86/proc";
    cut.workers = 2;

    assertEquals(MemoryMode.PACKS, cut.openPacks());
    assertEquals(2, cut.workers());
  }
}
