package bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import loop.display.control.virtual.VirtualSink;
import loop.media.control.pack.FramePack;
import loop.media.control.pack.FramePackWriter;
import loop.media.entity.Geometry;
import loop.player.control.PacingStats;
import loop.player.control.PlaybackLoop;
import loop.player.control.Stage;
import loop.player.control.Ticker;
import loop.player.entity.ItemPolicy;
import loop.player.entity.LoopMode;
import loop.player.entity.Plan;

/**
 * Benchmarks of the playback engine, printed, never asserted (run by scripts/bench):
 * pacing error and late frames for a 25 fps item on the virtual sink over real time, and the
 * engine's cost per frame to a null sink (frames per CPU-second of its thread, bytes allocated
 * per frame).
 */
public final class PlaybackBench {

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    Path dir = Files.createTempDirectory("loop-bench");
    Geometry g = new Geometry(320, 240);
    FramePack fps25 = pack(dir.resolve("25fps.pack"), g, 100, 40);
    FramePack fast = pack(dir.resolve("1ms.pack"), g, 100, 1);

    VirtualSink virtual = new VirtualSink();
    Result pacing = run(fps25, (b, geo) -> virtual.show(b, geo), seconds);
    System.out.printf("pacing, 25 fps on the virtual sink for %d s: frames=%d late(>2ms)=%d "
        + "p50=%.1fms p99=%.1fms%n", seconds, pacing.stats.frames(), pacing.stats.late(),
        pacing.stats.quantileMs(0.5), pacing.stats.quantileMs(0.99));

    Result cost = run(fast, (b, geo) -> { }, Math.max(5, seconds / 3));
    double cpuSeconds = cost.cpuNanos / 1e9;
    System.out.printf("engine cost, null sink: %.0f frames per CPU-second of the playback "
        + "thread (%d frames), %.1f bytes allocated per frame%n",
        cost.stats.frames() / cpuSeconds, cost.stats.frames(),
        (double) cost.allocated / Math.max(1, cost.stats.frames()));
  }

  interface Sink {
    void show(ByteBuffer b, Geometry g) throws java.io.IOException;
  }

  record Result(PacingStats stats, long cpuNanos, long allocated) {}

  static Result run(FramePack pack, Sink sink, int seconds) throws Exception {
    PacingStats stats = new PacingStats();
    PlaybackLoop loop = new PlaybackLoop(stage(pack, sink), Ticker.SYSTEM, stats);
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Thread t = new Thread(loop, "bench-playback");
    t.setPriority(Thread.MAX_PRIORITY);
    t.start();
    Thread.sleep(1000); // warm-up
    stats.reset();
    long cpu0 = mx.getThreadCpuTime(t.getId());
    long alloc0 = mx.getThreadAllocatedBytes(t.getId());
    Thread.sleep(seconds * 1000L);
    long cpu = mx.getThreadCpuTime(t.getId()) - cpu0;
    long alloc = mx.getThreadAllocatedBytes(t.getId()) - alloc0;
    loop.stop();
    t.join();
    return new Result(stats, cpu, alloc);
  }

  static Stage stage(FramePack pack, Sink sink) {
    Plan plan = new Plan("item", List.of("item"), false, LoopMode.ONE,
        new ItemPolicy(1, 0, false), 0);
    return new Stage() {
      @Override
      public Plan plan() {
        return plan;
      }

      @Override
      public FramePack open(String slug) {
        return pack;
      }

      @Override
      public void advanced(Plan p, String to) {}

      @Override
      public void unplayable(String slug, String reason) {}

      @Override
      public void show(ByteBuffer rgb565, Geometry geometry) throws java.io.IOException {
        sink.show(rgb565, geometry);
      }

      @Override
      public void idle() {}
    };
  }

  static FramePack pack(Path file, Geometry g, int frames, int ms) throws Exception {
    try (FramePackWriter w = new FramePackWriter(file, g, frames)) {
      byte[] f = new byte[g.frameBytes()];
      for (int i = 0; i < frames; i++) {
        java.util.Arrays.fill(f, (byte) i);
        w.append(f, ms);
      }
      w.finish(0);
    }
    return FramePack.open(file);
  }
}
