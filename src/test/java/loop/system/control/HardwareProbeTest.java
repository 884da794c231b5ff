package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import loop.system.entity.HardwareFigures;
import org.junit.jupiter.api.Test;

/** The probe against fake /proc and /sys trees in the test resources. */
class HardwareProbeTest {

  static final Path FIXTURES = Path.of("src/test/resources/fixtures/proc");

  static HardwareProbe probe(String board) {
    return new HardwareProbe(FIXTURES.resolve(board).resolve("proc"),
        FIXTURES.resolve(board).resolve("sys"));
  }

  @Test
  void aPiZero2WReportsItsModelRamAndThrottleFlags() {
    HardwareFigures cut = probe("pi-zero-2w").figures();

    assertEquals("Raspberry Pi Zero 2 W Rev 1.0", cut.model()); // trailing NUL dropped
    assertEquals(436560L * 1024, cut.ramTotal());
    assertTrue(cut.throttling().available());
    assertEquals(0x50005, cut.throttling().raw());
    assertTrue(cut.throttling().flagMap().get("under_voltage"));
    assertTrue(cut.throttling().flagMap().get("throttled_occurred"));
    assertFalse(cut.throttling().flagMap().get("frequency_capped"));
  }

  @Test
  void withoutADeviceTreeTheCpuinfoModelLineIsUsed() {
    HardwareFigures cut = probe("pi-cpuinfo-only").figures();

    assertEquals("Raspberry Pi Zero 2 W Rev 1.0", cut.model());
    assertEquals(3884396L * 1024, cut.ramTotal());
    assertFalse(cut.throttling().available());
  }

  @Test
  void aPcIsUnknownWithoutThrottleFlags() {
    HardwareFigures cut = probe("x86").figures();

    assertEquals("unknown", cut.model()); // lower-case "model" is the CPU model number
    assertEquals(24589936L * 1024, cut.ramTotal());
    assertFalse(cut.throttling().available());
  }

  @Test
  void aMissingTreeGivesUnknownsNotErrors() {
    HardwareFigures cut = probe("no-such-board").figures();

    assertEquals("unknown", cut.model());
    assertEquals(-1, cut.ramTotal());
    assertFalse(cut.throttling().any());
  }

  @Test
  void cpuinfoKeysAreMatchedTrimmedAndExactly() {
    ProcReader cut = new ProcReader(FIXTURES.resolve("pi-zero-2w/proc"));

    assertEquals("BCM2835", cut.text("cpuinfo", "Hardware"));
    assertEquals("00000000a1b2c3d4", cut.text("cpuinfo", "Serial"));
    assertEquals(null, cut.text("cpuinfo", "model"));
  }
}
