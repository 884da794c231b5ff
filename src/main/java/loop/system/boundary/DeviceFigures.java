package loop.system.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import loop.media.entity.JobProgressed;
import loop.media.entity.MediaDeleted;
import loop.media.entity.MediaImported;
import loop.system.control.DirectorySize;
import loop.system.control.HardwareProbe;
import loop.system.entity.HardwareFigures;
import loop.system.control.ProcReader;
import loop.system.entity.IndexRestored;
import loop.system.entity.MemoryFigures;
import loop.system.entity.StorageFigures;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Storage, memory and hardware figures of the device. Directory sizes are walked once and kept
 * until a media event (or a restore) says they changed (LOOP scanned once per boot and went stale
 * after uploads). {@code /proc} and {@code /sys} are read under {@code loop.proc.root} and {@code
 * loop.sys.root}.
 */
@ApplicationScoped
public class DeviceFigures {

  @Inject DataDirectory data;
  @Inject MemoryMode mode;

  @Inject
  @ConfigProperty(name = "loop.sys.root", defaultValue = "/sys")
  String sysRoot;

  @Inject
  @ConfigProperty(name = "loop.proc.root", defaultValue = "/proc")
  String procRoot;

  private volatile long mediaBytes = -1;
  private volatile long appBytes = -1;

  public StorageFigures storage() {
    FileStore store = fileStore(data.root());
    try {
      long total = store.getTotalSpace();
      long free = store.getUsableSpace();
      long used = Math.max(0, total - store.getUnallocatedSpace());
      long media = media();
      long app = app();
      long system = Math.max(0, used - app - media);
      return new StorageFigures(total, used, free, system, app, media, "bytes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public MemoryFigures memory() {
    MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
    ProcReader proc = new ProcReader(Path.of(procRoot));
    return new MemoryFigures(
        mx.getHeapMemoryUsage().getUsed(),
        mx.getHeapMemoryUsage().getMax(),
        mx.getNonHeapMemoryUsage().getUsed(),
        proc.bytes("self/status", "VmRSS"),
        proc.bytes("self/status", "VmHWM"),
        proc.bytes("meminfo", "MemTotal"),
        proc.bytes("meminfo", "MemAvailable"),
        mx.getHeapMemoryUsage().getCommitted(),
        mx.getNonHeapMemoryUsage().getCommitted(),
        mode.low(),
        mode.setting(),
        mode.openPacks(),
        mode.workers());
  }

  /** The board: model, RAM and the firmware's throttle flags (read now). */
  public HardwareFigures hardware() {
    return new HardwareProbe(Path.of(procRoot), Path.of(sysRoot)).figures();
  }

  /** Usable bytes on the data volume. */
  public long freeBytes() {
    try {
      return fileStore(data.root()).getUsableSpace();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void onImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaImported e) {
    mediaBytes = -1;
  }

  void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaDeleted e) {
    mediaBytes = -1;
  }

  void onRestored(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexRestored e) {
    mediaBytes = -1;
  }

  void onJob(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobProgressed e) {
    mediaBytes = -1;
  }

  private long media() {
    long bytes = mediaBytes;
    if (bytes < 0) {
      bytes = DirectorySize.of(data.root().resolve("media"));
      mediaBytes = bytes;
    }
    return bytes;
  }

  /** The Liberty installation plus the server directory, walked once per process. */
  private long app() {
    long bytes = appBytes;
    if (bytes < 0) {
      String install = System.getProperty("wlp.install.dir");
      bytes = install == null ? 0 : DirectorySize.of(Path.of(install));
      appBytes = bytes;
    }
    return bytes;
  }

  private static FileStore fileStore(Path p) {
    try {
      Path existing = p;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      return Files.getFileStore(existing == null ? Path.of(".") : existing);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
