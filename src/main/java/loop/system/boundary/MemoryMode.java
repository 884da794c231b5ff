package loop.system.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import loop.system.control.ProcReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Low-memory mode ({@code loop.memory.low-mode}: {@code auto}, {@code on}, {@code off}). In
 * {@code auto} it is on when the device has less than {@code loop.memory.low-threshold-mb} of
 * RAM (a Pi Zero 2 W has 512 MB). Caches and workers ask it for their sizes: fewer open frame
 * packs, one conversion worker. Decided once, at first use.
 */
@ApplicationScoped
public class MemoryMode {

  static final int PACKS = 4;
  static final int PACKS_LOW = 2;

  @Inject
  @ConfigProperty(name = "loop.memory.low-mode", defaultValue = "auto")
  String mode;

  @Inject
  @ConfigProperty(name = "loop.memory.low-threshold-mb", defaultValue = "600")
  long thresholdMb;

  @Inject
  @ConfigProperty(name = "loop.proc.root", defaultValue = "/proc")
  String procRoot;

  @Inject
  @ConfigProperty(name = "loop.media.workers", defaultValue = "1")
  int workers;

  private volatile Boolean low;

  /** True while caches and workers are kept small. */
  public boolean low() {
    Boolean l = low;
    if (l == null) {
      l = decide(mode, new ProcReader(Path.of(procRoot)).bytes("meminfo", "MemTotal"),
          thresholdMb * 1024 * 1024);
      low = l;
    }
    return l;
  }

  /** The configured setting, lower-cased. */
  public String setting() {
    return mode == null ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
  }

  /** Frame packs kept mapped at once. */
  public int openPacks() {
    return low() ? PACKS_LOW : PACKS;
  }

  /** Conversion workers: the configured count, or 1 in low-memory mode. */
  public int workers() {
    return low() ? 1 : Math.max(1, workers);
  }

  /**
   * {@code on} and {@code off} decide alone; {@code auto} (and anything unknown) is on when
   * {@code memTotal} is known and below {@code threshold} (bytes).
   */
  static boolean decide(String mode, long memTotal, long threshold) {
    String m = mode == null ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
    if (m.equals("on") || m.equals("true")) {
      return true;
    }
    if (m.equals("off") || m.equals("false")) {
      return false;
    }
    return memTotal > 0 && memTotal < threshold;
  }
}
