package loop.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import loop.dashboard.entity.DashboardData;
import loop.display.entity.SettingsChanged;
import loop.media.entity.JobProgressed;
import loop.media.entity.MediaDeleted;
import loop.media.entity.MediaFailed;
import loop.media.entity.MediaImported;
import loop.media.entity.ProcessingJob;
import loop.player.entity.LoopMode;
import loop.player.entity.PlayerStateChanged;
import loop.playlist.entity.LoopChanged;
import loop.system.entity.IndexRestored;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DashboardCacheTest {

  static final String SLUG = "cat_0123456789ab";

  DashboardCache cut;
  int builds;

  @BeforeEach
  void init() {
    cut = new DashboardCache();
    builds = 0;
  }

  /** A builder that counts its calls and stamps each snapshot with the call number. */
  DashboardData build() {
    builds++;
    return new DashboardData(null, List.of(), null, List.of(), builds, Map.of(), 0, null);
  }

  @Test
  void firstGetBuilds() {
    DashboardData data = cut.get(this::build);

    assertEquals(1, builds);
    assertEquals(1, data.lastUpdated());
  }

  @Test
  void laterGetsServeTheCachedSnapshot() {
    // given
    DashboardData first = cut.get(this::build);

    // when
    DashboardData second = cut.get(this::build);
    DashboardData third = cut.get(this::build);

    // then
    assertEquals(1, builds);
    assertSame(first, second);
    assertSame(first, third);
  }

  @Test
  void invalidateForcesARebuild() {
    // given
    DashboardData before = cut.get(this::build);

    // when
    cut.invalidate();
    DashboardData after = cut.get(this::build);

    // then
    assertEquals(2, builds);
    assertEquals(1, before.lastUpdated());
    assertEquals(2, after.lastUpdated());
  }

  @Test
  void theRebuiltSnapshotIsCachedAgain() {
    cut.get(this::build);
    cut.invalidate();
    DashboardData rebuilt = cut.get(this::build);

    DashboardData served = cut.get(this::build);

    assertEquals(2, builds);
    assertSame(rebuilt, served);
  }

  @Test
  void aSnapshotBuiltDuringAnInvalidateIsNotKept() {
    // given a build during which a change commits
    Supplier<DashboardData> racing =
        () -> {
          DashboardData data = build();
          cut.invalidate();
          return data;
        };

    // when
    DashboardData stale = cut.get(racing);

    // then the caller still gets its snapshot, but the cache does not keep it
    assertEquals(1, stale.lastUpdated());
    assertFalse(cut.holding());
    DashboardData next = cut.get(this::build);
    assertEquals(2, builds);
    assertEquals(2, next.lastUpdated());
  }

  @Test
  void notHoldingBeforeTheFirstGet() {
    assertFalse(cut.holding());
  }

  @Test
  void holdingAfterAGet() {
    cut.get(this::build);

    assertTrue(cut.holding());
  }

  @Test
  void notHoldingAfterInvalidate() {
    cut.get(this::build);

    cut.invalidate();

    assertFalse(cut.holding());
  }

  static Stream<Named<Consumer<DashboardCache>>> changeEvents() {
    return Stream.of(
        Named.of("MediaImported", c -> c.on(new MediaImported(SLUG))),
        Named.of("MediaDeleted", c -> c.on(new MediaDeleted(SLUG))),
        Named.of(
            "JobProgressed",
            c -> c.on(new JobProgressed("job-1", SLUG, ProcessingJob.Status.PROCESSING, 40))),
        Named.of("LoopChanged", c -> c.on(new LoopChanged(List.of(SLUG)))),
        Named.of(
            "PlayerStateChanged", c -> c.on(new PlayerStateChanged(SLUG, false, LoopMode.ALL))),
        Named.of("SettingsChanged", c -> c.on(new SettingsChanged("brightness"))),
        Named.of("MediaFailed (an item quarantined)",
            c -> c.on(new MediaFailed(SLUG, "Its frames could not be loaded."))),
        Named.of("IndexRestored", c -> c.on(new IndexRestored(3))));
  }

  @ParameterizedTest
  @MethodSource("changeEvents")
  void eachChangeEventDropsTheSnapshot(Consumer<DashboardCache> event) {
    // given
    cut.get(this::build);

    // when
    event.accept(cut);

    // then
    assertFalse(cut.holding());
    DashboardData next = cut.get(this::build);
    assertEquals(2, builds);
    assertEquals(2, next.lastUpdated());
  }
}
