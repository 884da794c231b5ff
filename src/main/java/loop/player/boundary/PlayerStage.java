package loop.player.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import loop.display.boundary.Display;
import loop.media.boundary.MediaLibrary;
import loop.media.control.pack.FramePack;
import loop.media.entity.Geometry;
import loop.player.control.Stage;
import loop.player.entity.ItemPolicy;
import loop.player.entity.Plan;
import loop.player.entity.PlaybackState;
import loop.playlist.boundary.Playlist;
import loop.playlist.entity.LoopView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The playback engine's view of Loop: the plan from the persisted player state and the loop
 * (only converted items play; items still converting are passed over, not failed), packs from
 * the media library, frames to the display.
 */
@ApplicationScoped
public class PlayerStage implements Stage {

  @Inject Player player;
  @Inject Playlist playlist;
  @Inject MediaLibrary media;
  @Inject Display display;

  @Inject
  @ConfigProperty(name = "loop.player.default-plays", defaultValue = "1")
  int defaultPlays;

  @Inject
  @ConfigProperty(name = "loop.player.default-min-seconds", defaultValue = "0")
  int defaultMinSeconds;

  @Inject
  @ConfigProperty(name = "loop.player.honour-file-loop-count", defaultValue = "false")
  boolean honourFileLoopCount;

  @Override
  public Plan plan() {
    PlaybackState.View state = player.view();
    LoopView view = playlist.view();
    List<String> playable = media.playable(view.loop());
    String active = playable.contains(state.activeSlug()) ? state.activeSlug()
        : playable.isEmpty() ? null : playable.get(0);
    LoopView.Entry entry = view.entries().stream().filter(e -> e.slug().equals(active))
        .findFirst().orElse(null);
    return new Plan(active, playable, state.paused(), state.loopMode(), policy(entry),
        state.version(), active == null ? null : media.packName(active));
  }

  ItemPolicy policy(LoopView.Entry entry) {
    int plays = entry == null || entry.plays() == null ? defaultPlays : entry.plays();
    int min = entry == null || entry.minSeconds() == null ? defaultMinSeconds : entry.minSeconds();
    return new ItemPolicy(plays, min, honourFileLoopCount);
  }

  @Override
  public FramePack open(String slug) throws IOException {
    return media.pack(slug);
  }

  @Override
  public void advanced(Plan plan, String to) {
    player.advance(plan.revision(), to);
  }

  @Override
  public void unplayable(String slug, String reason) {
    media.quarantine(slug, reason);
  }

  @Override
  public void show(ByteBuffer rgb565, Geometry geometry) throws IOException {
    display.show(rgb565, geometry);
  }

  @Override
  public void idle() {
    display.idle();
  }
}
