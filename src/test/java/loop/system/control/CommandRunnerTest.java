package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRunnerTest {

  static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  @TempDir Path temp;

  CommandRunner cut = new CommandRunner();

  static boolean gone(long pid) {
    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  /** Field 19 of /proc/PID/stat: the niceness (the name field has no spaces for these). */
  static int niceness(String stat) {
    return Integer.parseInt(stat.trim().split(" ")[18]);
  }

  @Test
  void capturesStdoutAndExitCodeZero() throws IOException {
    CommandRunner.Result result = cut.run(List.of("/bin/echo", "hello", "world"), TEN_SECONDS);

    assertEquals(0, result.exitCode());
    assertEquals("hello world\n", result.stdout());
    assertTrue(result.ok());
    assertFalse(result.timedOut());
    assertFalse(result.truncated());
  }

  @Test
  void argumentsReachTheProgramUnchangedWithoutAShell() throws IOException {
    // given: characters a shell would expand, split or redirect
    String tricky = "$HOME; echo 'x' | cat > /tmp/nope *";

    // when
    CommandRunner.Result result = cut.run(List.of("/bin/echo", tricky), TEN_SECONDS);

    // then
    assertEquals(tricky + "\n", result.stdout());
  }

  @Test
  void nonZeroExitAndStderrAreReported() throws IOException {
    CommandRunner.Result result =
        cut.run(List.of("/bin/ls", temp.resolve("missing").toString()), TEN_SECONDS);

    assertEquals(2, result.exitCode());
    assertFalse(result.ok());
    assertTrue(result.stderr().contains("missing"), result.stderr());
    assertEquals("", result.stdout());
  }

  @Test
  void stdoutKeepsOnlyTheFirst64KiB() throws IOException {
    CommandRunner.Result result =
        cut.run(List.of("/usr/bin/head", "-c", "300000", "/dev/zero"), TEN_SECONDS);

    assertEquals(0, result.exitCode());
    assertEquals(CommandRunner.CAPTURE_BYTES, result.stdout().length());
    assertTrue(result.truncated());
  }

  @Test
  void stderrKeepsOnlyTheFirst64KiBAndTheChildDoesNotBlock() throws IOException {
    // given: about 200 KB of "cannot access" complaints
    List<String> command = new ArrayList<>(List.of("/bin/ls"));
    for (int i = 0; i < 3000; i++) {
      command.add(temp.resolve("missing-file-number-" + i).toString());
    }

    // when
    CommandRunner.Result result = cut.run(command, TEN_SECONDS);

    // then
    assertEquals(2, result.exitCode());
    assertFalse(result.timedOut());
    assertEquals(CommandRunner.CAPTURE_BYTES, result.stderr().length());
    assertTrue(result.truncated());
  }

  @Test
  void aCommandPastItsTimeoutIsKilledPromptly() throws IOException {
    long start = System.nanoTime();

    CommandRunner.Result result = cut.run(List.of("/bin/sleep", "30"), Duration.ofMillis(300));

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(result.timedOut());
    assertFalse(result.ok());
    assertTrue(millis >= 250 && millis < 3000, "took " + millis + " ms");
  }

  @Test
  void aTimedOutProcessIsGone() throws IOException {
    try (RunningCommand running = cut.start(List.of("/bin/sleep", "30"), Duration.ofMillis(300))) {
      running.waitFor();

      assertTrue(running.timedOut());
      assertTrue(gone(running.pid()));
    }
  }

  @Test
  void streamsStdoutToItsEnd() throws IOException {
    // given
    byte[] data = new byte[1_000_000];
    new Random(7).nextBytes(data);
    Path file = Files.write(temp.resolve("data.bin"), data);

    // when
    byte[] read;
    int exit;
    try (RunningCommand running = cut.start(List.of("/bin/cat", file.toString()), TEN_SECONDS)) {
      read = running.stdout().readAllBytes();
      exit = running.waitFor();
    }

    // then
    assertArrayEquals(data, read);
    assertEquals(0, exit);
  }

  @Test
  void closingAStreamingCommandKillsIt() throws IOException {
    // given: a child that would write forever
    RunningCommand running = cut.start(List.of("/usr/bin/yes"), TEN_SECONDS);
    InputStream out = running.stdout();
    assertEquals(4096, out.readNBytes(4096).length);

    // when
    running.close();

    // then
    assertTrue(gone(running.pid()));
    assertFalse(running.timedOut());
  }

  @Test
  void stderrLinesReachTheListenerThenClosed() throws IOException {
    // given
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    boolean[] closed = {false};
    CommandRunner.LineListener listener =
        new CommandRunner.LineListener() {
          @Override
          public void line(String line) {
            lines.add(line);
          }

          @Override
          public void closed() {
            closed[0] = true;
          }
        };
    List<String> command =
        List.of("/bin/ls", temp.resolve("one").toString(), temp.resolve("two").toString());

    // when
    try (RunningCommand running = cut.start(command, TEN_SECONDS, listener)) {
      running.stdout().readAllBytes();
      running.waitFor();
    }

    // then
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("one") || lines.get(1).contains("one"));
    assertTrue(closed[0]);
  }

  @Test
  void childrenRunNicedByDefault() throws IOException {
    // given
    int own = niceness(Files.readString(Path.of("/proc/self/stat")));

    // when
    CommandRunner.Result result = cut.run(List.of("/bin/cat", "/proc/self/stat"), TEN_SECONDS);

    // then
    assertEquals(Math.min(19, own + 10), niceness(result.stdout()));
  }

  @Test
  void niceZeroRunsAtTheCallersPriority() throws IOException {
    // given
    int own = niceness(Files.readString(Path.of("/proc/self/stat")));
    cut.nice = 0;

    // when
    CommandRunner.Result result = cut.run(List.of("/bin/cat", "/proc/self/stat"), TEN_SECONDS);

    // then
    assertEquals(own, niceness(result.stdout()));
  }

  @Test
  void givenExecutorsAreUsed() throws IOException {
    // given
    ThreadPoolExecutor drains = (ThreadPoolExecutor) Executors.newCachedThreadPool();
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    try {
      CommandRunner cut = new CommandRunner(drains, timer);

      // when
      CommandRunner.Result result = cut.run(List.of("/bin/sleep", "30"), Duration.ofMillis(200));

      // then
      assertTrue(result.timedOut());
      assertEquals(1, drains.getTaskCount());
      assertEquals(1, timer.getCompletedTaskCount());
    } finally {
      drains.shutdownNow();
      timer.shutdownNow();
    }
  }

  @Test
  void aMissingProgramCannotStart() {
    assertThrows(
        IOException.class, () -> cut.run(List.of(temp.resolve("no-such").toString()), TEN_SECONDS));
  }

  @Test
  void emptyCommandsAndNonPositiveTimeoutsAreProgrammingErrors() {
    assertThrows(IllegalArgumentException.class, () -> cut.run(List.of(), TEN_SECONDS));
    assertThrows(
        IllegalArgumentException.class, () -> cut.run(List.of("/bin/true"), Duration.ZERO));
  }
}
