package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcReaderTest {

  static final String STATUS =
      """
      Name:\tjava
      Umask:\t0022
      State:\tS (sleeping)
      Pid:\t4242
      VmPeak:\t  812340 kB
      VmSize:\t  798112 kB
      VmHWM:\t  130020 kB
      VmRSS:\t  123456 kB
      RssAnon:\t   98765 kB
      Threads:\t27
      """;

  static final String MEMINFO =
      """
      MemTotal:         948056 kB
      MemFree:          215640 kB
      MemAvailable:     601212 kB
      Buffers:           34008 kB
      Cached:           370580 kB
      SwapTotal:        102396 kB
      HugePages_Total:       0
      Hugepagesize:       2048 kB
      """;

  @TempDir Path root;

  ProcReader cut;

  @BeforeEach
  void fakeProc() throws IOException {
    Files.createDirectories(root.resolve("self"));
    Files.writeString(root.resolve("self/status"), STATUS);
    Files.writeString(root.resolve("meminfo"), MEMINFO);
    cut = new ProcReader(root);
  }

  @Test
  void rssOfTheProcessInBytes() {
    long rss = cut.bytes("self/status", "VmRSS");

    assertEquals(123456L * 1024, rss);
  }

  @Test
  void memTotalInBytes() {
    long total = cut.bytes("meminfo", "MemTotal");

    assertEquals(948056L * 1024, total);
  }

  @Test
  void keyMatchesWholeNameOnly() {
    // given "MemAvailable" and "Mem" share a prefix but only the exact key counts
    long available = cut.bytes("meminfo", "MemAvailable");

    assertEquals(601212L * 1024, available);
    assertEquals(-1, cut.bytes("meminfo", "Mem"));
  }

  @Test
  void valueWithoutUnitIsTakenAsIs() {
    long pages = cut.bytes("meminfo", "HugePages_Total");

    assertEquals(0, pages);
  }

  @Test
  void missingKeyGivesMinusOne() {
    long swapFree = cut.bytes("meminfo", "SwapFree");

    assertEquals(-1, swapFree);
  }

  @Test
  void missingFileGivesMinusOne() {
    long rss = cut.bytes("1234/status", "VmRSS");

    assertEquals(-1, rss);
  }

  @Test
  void nonNumericValueGivesMinusOne() {
    long state = cut.bytes("self/status", "State");

    assertEquals(-1, state);
  }

  @Test
  void missingRootGivesMinusOne() {
    ProcReader nowhere = new ProcReader(root.resolve("no-such-proc"));

    assertEquals(-1, nowhere.bytes("meminfo", "MemTotal"));
  }
}
