package loop.system.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place Loop starts processes (ffmpeg, ffprobe, nmcli, ...). A command is an argument list
 * handed to the OS as is, never a shell string, and always has a timeout after which it is killed
 * with everything it started. Children run under {@code nice -n loop.process.nice} when {@code
 * /usr/bin/nice} exists, so conversions never starve playback or the web UI.
 *
 * <p>Threads: each child needs one thread to drain its stderr, and timeouts need a scheduler. In
 * the order used: the executors passed to {@link #CommandRunner(Executor,
 * ScheduledExecutorService)}; inside the server, Jakarta Concurrency's default managed executors,
 * injected; in plain use (tools, unit tests), two small daemon pools shared by all instances: a
 * cached pool for drains (idle threads end after 60 s) and one timer thread.
 */
@ApplicationScoped
public class CommandRunner {

  /** Bytes of stdout and of stderr a command keeps: the first 64 KiB of each. */
  public static final int CAPTURE_BYTES = 64 * 1024;

  private static final Path NICE = Path.of("/usr/bin/nice");
  private static final Logger LOG = Logger.getLogger(CommandRunner.class.getName());

  /** Receives a child's stderr, line by line, on the drain thread. */
  public interface LineListener {

    /** Ignores every line. */
    LineListener IGNORE = line -> {};

    /** One line without its terminator; called in order, never concurrently. */
    void line(String line);

    /** Called once after the last line, when stderr has ended (the child exited or was killed). */
    default void closed() {}
  }

  /**
   * What a finished command did.
   *
   * @param exitCode the exit code (137 when killed by SIGKILL on Linux, -1 if never reaped)
   * @param stdout the first {@link #CAPTURE_BYTES} of stdout, as UTF-8
   * @param stderr the first {@link #CAPTURE_BYTES} of stderr, as UTF-8
   * @param timedOut true when it ran past its timeout and was killed
   * @param truncated true when stdout or stderr was longer than what was kept
   */
  public record Result(
      int exitCode, String stdout, String stderr, boolean timedOut, boolean truncated) {

    /** Exited by itself with code 0. */
    public boolean ok() {
      return exitCode == 0 && !timedOut;
    }
  }

  /** Niceness for children, 0 (off) to 19; values outside are clamped. */
  @Inject
  @ConfigProperty(name = "loop.process.nice", defaultValue = "10")
  int nice = 10;

  Executor drains;
  ScheduledExecutorService timer;
  @Resource ManagedExecutorService managedDrains;
  @Resource ManagedScheduledExecutorService managedTimer;

  /** Uses the injected managed executors in the server, else the shared daemon pools. */
  public CommandRunner() {}

  /**
   * @param drains runs one long-lived task per running child (its stderr drain); must not be a
   *     small bounded pool, or a child could block on a full stderr pipe
   * @param timer schedules the timeout watchdogs
   */
  public CommandRunner(Executor drains, ScheduledExecutorService timer) {
    this.drains = Objects.requireNonNull(drains);
    this.timer = Objects.requireNonNull(timer);
  }

  /**
   * Runs {@code command} to its end, capturing output (see {@link Result}).
   *
   * @param command the program and its arguments, each passed to the OS as one argument
   * @param timeout after this the child and its descendants are killed; must be positive
   * @throws IOException when the program cannot be started or its stdout fails
   */
  public Result run(List<String> command, Duration timeout) throws IOException {
    try (RunningCommand running = start(command, timeout)) {
      OutputCapture out = new OutputCapture(CAPTURE_BYTES);
      drain(running.stdout(), out);
      int exit = running.waitFor();
      return new Result(
          exit,
          out.text(),
          running.stderr(),
          running.timedOut(),
          out.truncated() || running.stderrTruncated());
    }
  }

  /** {@link #start(List, Duration, LineListener)} keeping only the first 64 KiB of stderr. */
  public RunningCommand start(List<String> command, Duration timeout) throws IOException {
    return start(command, timeout, LineListener.IGNORE);
  }

  /**
   * Starts {@code command} for streaming: the caller reads {@link RunningCommand#stdout()} and must
   * close the returned command. The child's stdin is closed at once.
   *
   * @param stderrLines receives each stderr line on the drain thread
   * @throws IOException when the program cannot be started or no thread is left to watch it
   */
  public RunningCommand start(List<String> command, Duration timeout, LineListener stderrLines)
      throws IOException {
    List<String> argv = withNice(checked(command, timeout));
    requireProgram(command.get(0));
    LOG.fine(() -> "starting " + argv + " with a timeout of " + timeout);
    Process process = new ProcessBuilder(argv).start();
    process.getOutputStream().close();
    StderrDrain drain = new StderrDrain(process.getErrorStream(), stderrLines);
    RunningCommand running = new RunningCommand(process, command.get(0), drain, timeout);
    try {
      drains().execute(drain);
      running.watch(timer(), timeout);
    } catch (RejectedExecutionException e) {
      running.close();
      throw new IOException("No thread is free to watch " + command.get(0), e);
    }
    return running;
  }

  private static List<String> checked(List<String> command, Duration timeout) {
    if (command.isEmpty() || command.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("a command needs a program and no null arguments");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a command needs a positive timeout: " + timeout);
    }
    return command;
  }

  /** Fails the same way with or without {@code nice} in front (nice would exit 127). */
  private static void requireProgram(String program) throws IOException {
    boolean found =
        program.contains("/")
            ? Files.isExecutable(Path.of(program))
            : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    if (!found) {
      throw new IOException("Cannot run " + program + ": no such program");
    }
  }

  List<String> withNice(List<String> command) {
    int level = Math.max(0, Math.min(19, nice));
    if (level == 0 || !Files.isExecutable(NICE)) {
      return List.copyOf(command);
    }
    List<String> argv = new ArrayList<>(List.of(NICE.toString(), "-n", Integer.toString(level)));
    argv.addAll(command);
    return argv;
  }

  private static void drain(InputStream in, OutputCapture out) throws IOException {
    byte[] buf = new byte[8192];
    for (int n; (n = in.read(buf)) >= 0; ) {
      out.append(buf, 0, n);
    }
  }

  private Executor drains() {
    if (drains != null) {
      return drains;
    }
    return managedDrains != null ? managedDrains : DaemonPools.DRAINS;
  }

  private ScheduledExecutorService timer() {
    if (timer != null) {
      return timer;
    }
    return managedTimer != null ? managedTimer : DaemonPools.TIMER;
  }

  /** The fallback pools, created on first use only. */
  private static final class DaemonPools {

    static final ExecutorService DRAINS = Executors.newCachedThreadPool(daemons("loop-stderr"));
    static final ScheduledExecutorService TIMER = timer();

    private static ScheduledExecutorService timer() {
      ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, daemons("loop-timer"));
      pool.setRemoveOnCancelPolicy(true); // cancelled watchdogs must not pile up
      return pool;
    }

    private static ThreadFactory daemons(String name) {
      AtomicInteger count = new AtomicInteger();
      ThreadFactory plain = Executors.defaultThreadFactory();
      return task -> {
        Thread t = plain.newThread(task);
        t.setName(name + "-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
    }
  }
}
