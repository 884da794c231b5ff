package loop.system.control;

import java.nio.file.Path;
import loop.system.entity.HardwareFigures;
import loop.system.entity.Throttling;

/**
 * Reads what the board says about itself from {@code /proc} and {@code /sys}, both roots
 * injectable so tests use a fake tree: the model ({@code device-tree/model}, else the {@code
 * Model} line of {@code cpuinfo}), {@code MemTotal}, and the firmware's throttle word ({@code
 * devices/platform/soc/soc:firmware/get_throttled}, Raspberry Pi kernels only).
 */
public class HardwareProbe {

  static final String THROTTLED = "devices/platform/soc/soc:firmware/get_throttled";

  private final ProcReader proc;
  private final ProcReader sys;

  public HardwareProbe(Path procRoot, Path sysRoot) {
    this.proc = new ProcReader(procRoot);
    this.sys = new ProcReader(sysRoot);
  }

  /** The board's model, or {@code "unknown"}. */
  public String model() {
    String model = proc.whole("device-tree/model");
    if (model == null || model.isEmpty()) {
      model = proc.text("cpuinfo", "Model");
    }
    return model == null || model.isEmpty() ? "unknown" : model;
  }

  /** Total RAM in bytes, or -1. */
  public long ramTotal() {
    return proc.bytes("meminfo", "MemTotal");
  }

  /** The throttle word now (unavailable off a Pi). */
  public Throttling throttling() {
    return Throttling.parse(sys.whole(THROTTLED));
  }

  public HardwareFigures figures() {
    return new HardwareFigures(model(), ramTotal(), throttling());
  }
}
