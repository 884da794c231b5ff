package loop.player.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import loop.media.control.pack.FramePack;
import loop.media.control.pack.FramePackWriter;
import loop.media.entity.Geometry;
import loop.player.entity.ItemPolicy;
import loop.player.entity.LoopMode;
import loop.player.entity.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybackLoopTest {

  static final Geometry G = new Geometry(4, 2);

  @TempDir Path dir;
  FakeTicker ticker = new FakeTicker();
  World world = new World();
  PlaybackLoop cut;

  /** A shown frame: when (ms), which item, which frame (each frame's bytes hold its index). */
  record Shown(long atMs, String slug, int frame) {}

  /** The rest of Loop, scripted: a loop of packs, a mutable plan, a record of what was shown. */
  class World implements Stage {
    final Map<String, FramePack> packs = new HashMap<>();
    final Map<String, Integer> brokenOpens = new HashMap<>();
    final List<Shown> shown = new ArrayList<>();
    final List<String> unplayable = new ArrayList<>();
    List<String> loop = new ArrayList<>();
    String active;
    boolean paused;
    LoopMode mode = LoopMode.ALL;
    int revision;
    ItemPolicy policy = new ItemPolicy(1, 0, false);
    int idles;
    final Map<String, String> packNames = new HashMap<>();

    @Override
    public Plan plan() {
      return new Plan(active, List.copyOf(loop), paused, mode, policy, revision,
          active == null ? null : packNames.get(active));
    }

    @Override
    public FramePack open(String slug) throws IOException {
      if (brokenOpens.merge(slug, -1, Integer::sum) >= 0) {
        throw new IOException("broken pack");
      }
      return packs.get(slug);
    }

    @Override
    public void advanced(Plan plan, String to) {
      if (plan.revision() == revision) {
        active = to;
        revision++;
      }
    }

    @Override
    public void unplayable(String slug, String reason) {
      unplayable.add(slug);
      loop.remove(slug);
    }

    @Override
    public void show(ByteBuffer rgb565, Geometry geometry) {
      assertEquals(G.frameBytes(), rgb565.remaining());
      shown.add(new Shown(ticker.nowMs(), cut.current(), rgb565.get(rgb565.position())));
    }

    @Override
    public void idle() {
      idles++;
    }
  }

  void item(String slug, int... durations) throws IOException {
    Path file = dir.resolve(slug + ".pack");
    try (FramePackWriter w = new FramePackWriter(file, G, durations.length)) {
      for (int i = 0; i < durations.length; i++) {
        byte[] f = new byte[G.frameBytes()];
        java.util.Arrays.fill(f, (byte) i);
        w.append(f, durations[i]);
      }
      w.finish(0);
    }
    world.packs.put(slug, FramePack.open(file));
    world.loop.add(slug);
    if (world.active == null) {
      world.active = slug;
    }
  }

  @BeforeEach
  void setUp() {
    cut = new PlaybackLoop(world, ticker, new PacingStats());
  }

  void runUntil(long ms) {
    ticker.at(ms, cut::stop);
    cut.run();
  }

  List<String> sequence() {
    return world.shown.stream().map(s -> s.slug() + s.frame()).toList();
  }

  @Test
  void framesFollowTheirOwnDurationsExactly() throws IOException {
    item("gif", 20, 50, 100, 200, 500, 1000);

    runUntil(1870 + 1);

    List<Long> times = world.shown.stream().map(Shown::atMs).toList();
    assertEquals(List.of(0L, 20L, 70L, 170L, 370L, 870L, 1870L), times);
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 0),
        world.shown.stream().map(Shown::frame).toList());
    assertTrue(cut.lastFrameAt() >= 1870_000_000L);
  }

  @Test
  void eachItemPlaysItsPassesThenTheNextAndTheLoopWraps() throws IOException {
    world.policy = new ItemPolicy(2, 0, false);
    item("a", 100, 100);
    item("b", 100);

    runUntil(1000);

    assertEquals(List.of("a0", "a1", "a0", "a1", "b0", "b0", "a0", "a1", "a0", "a1"),
        sequence());
  }

  @Test
  void minSecondsAddsPassesAndAStillHoldsForItsTime() throws IOException {
    world.policy = new ItemPolicy(1, 3, false);
    item("anim", 500, 500);
    item("still", 10000);

    runUntil(13_500);

    assertEquals(List.of("anim0", "anim1", "anim0", "anim1", "anim0", "anim1", "still0", "anim0"),
        sequence());
    assertEquals(13_000L, world.shown.get(7).atMs());
  }

  @Test
  void modeOneRepeatsTheActiveItem() throws IOException {
    world.mode = LoopMode.ONE;
    item("a", 100);
    item("b", 100);

    runUntil(450);

    assertEquals(List.of("a0", "a0", "a0", "a0", "a0"), sequence());
  }

  @Test
  void pauseHoldsTheFrameWithinOneFrameAndResumeGoesOn() throws IOException {
    item("a", 100, 100, 100, 100);
    ticker.at(150, () -> {
      world.paused = true;
      cut.signal();
    });
    ticker.at(5000, () -> {
      world.paused = false;
      cut.signal();
    });

    runUntil(5150);

    assertEquals(List.of("a0", "a1", "a2", "a3"), sequence());
    assertEquals(5000L, world.shown.get(2).atMs(), "nothing shown while paused");
  }

  @Test
  void nextTakesEffectWithinOneFrame() throws IOException {
    item("a", 1000, 1000);
    item("b", 1000);
    ticker.at(300, () -> {
      world.active = "b";
      cut.signal();
    });

    runUntil(350);

    assertEquals(List.of(new Shown(0, "a", 0), new Shown(300, "b", 0)), world.shown);
  }

  @Test
  void aChoiceMadeWhileAnItemEndsIsNotOverwrittenByTheLoop() throws IOException {
    item("a", 100);
    item("b", 100);
    item("c", 100);
    ticker.at(100, () -> { // chosen exactly as "a" ends, before the signal arrives
      world.active = "c";
      world.revision++;
    });

    runUntil(150);

    assertEquals("c", world.active, "the loop moves on from a only if a is still active");
  }

  @Test
  void aChangeDuringTheLastFrameDoesNotCutItShort() throws IOException {
    item("still", 10_000);
    item("next", 100);
    ticker.at(1000, cut::signal); // e.g. another item joined the loop

    runUntil(10_050);

    assertEquals(List.of(new Shown(0, "still", 0), new Shown(10_000, "next", 0)), world.shown);
  }

  @Test
  void aLongFrameKeepsTheHeartbeatGoingSoTheWatchdogDoesNotFire() throws IOException {
    item("slideshow", 60_000);
    long[] heartbeatAt15s = new long[1];
    ticker.at(15_000, () -> heartbeatAt15s[0] = cut.lastFrameAt());

    runUntil(15_500);

    assertTrue(heartbeatAt15s[0] >= 14_000_000_000L, "heartbeat " + heartbeatAt15s[0]);
    assertEquals(List.of(new Shown(0, "slideshow", 0)), world.shown);
  }

  @Test
  void aBrokenPackIsSkippedAndQuarantinedAfterTwoFailures() throws IOException {
    item("a", 100);
    item("broken", 100);
    item("c", 100);
    world.brokenOpens.put("broken", 2);

    runUntil(1000);

    assertEquals(List.of("broken"), world.unplayable);
    assertTrue(sequence().containsAll(List.of("a0", "c0")));
    assertTrue(sequence().stream().noneMatch(s -> s.startsWith("broken")));
  }

  @Test
  void anEmptyLoopShowsTheIdleScreenUntilSomethingArrives() throws IOException {
    ticker.at(2000, () -> {
      try {
        item("late", 100);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      cut.signal();
    });

    runUntil(2050);

    assertEquals(1, world.idles);
    assertEquals(List.of(new Shown(2000, "late", 0)), world.shown);
  }

  @Test
  void anItemConvertedAgainWithAnotherFitShowsItsNewFramesWithoutAnotherItemPlaying()
      throws IOException {
    world.mode = LoopMode.ONE;
    item("a", 100, 100);
    world.packNames.put("a", "a-fit.pack");
    FramePack before = world.packs.get("a");
    Path cropped = dir.resolve("a-crop.pack");
    try (FramePackWriter w = new FramePackWriter(cropped, G, 1)) {
      byte[] f = new byte[G.frameBytes()];
      java.util.Arrays.fill(f, (byte) 7); // frame bytes say 7: the new pack
      w.append(f, 100);
      w.finish(0);
    }
    ticker.at(250, () -> { // the re-fit completes: the index names the new pack, the engine hears
      world.packs.put("a", open(cropped));
      world.packNames.put("a", "a-crop.pack");
      cut.signal();
    });

    runUntil(500);

    assertTrue(world.packs.get("a") != before);
    List<Integer> frames = world.shown.stream().map(Shown::frame).toList();
    assertEquals(List.of(0, 1, 0), frames.subList(0, 3), "the old frames until the change");
    assertEquals(7, (int) frames.get(frames.size() - 1), "then the new pack: " + frames);
  }

  private static FramePack open(Path file) {
    try {
      return FramePack.open(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
