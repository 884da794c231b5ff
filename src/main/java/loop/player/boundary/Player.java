package loop.player.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import loop.media.boundary.MediaLibrary;
import loop.player.control.LoopStep;
import loop.player.control.PlaybackStateStore;
import loop.player.entity.LoopMode;
import loop.player.entity.PlaybackState;
import loop.player.entity.PlayerStateChanged;
import loop.player.entity.PlayerStatus;
import loop.playlist.boundary.Playlist;
import loop.playlist.entity.LoopChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Playback as the rest of Loop sees it: the active item, pause, next/previous and loop mode, all
 * persisted so they survive a power cut. Fires {@link PlayerStateChanged} on every change.
 */
@ApplicationScoped
@Transactional
public class Player {

  @Inject PlaybackStateStore store;
  @Inject Playlist playlist;
  @Inject MediaLibrary media;
  @Inject Event<PlayerStateChanged> changed;

  @Inject
  @ConfigProperty(name = "loop.display.framerate", defaultValue = "25")
  double frameRate;

  public PlayerStatus status() {
    PlaybackState s = store.state();
    List<String> loop = playlist.slugs();
    int index = Math.max(0, loop.indexOf(s.getActiveSlug()));
    boolean playing = !s.isPaused() && !loop.isEmpty();
    return new PlayerStatus(playing, s.getActiveSlug(), index, loop.size(), frameRate,
        s.getLoopMode().wire(), false);
  }

  public String activeSlug() {
    return store.state().getActiveSlug();
  }

  /** Plays this item now: it joins the loop if needed and becomes active. 404 when unknown. */
  public void activate(String slug) {
    media.item(slug);
    playlist.ensure(slug);
    PlaybackState s = store.state();
    s.setActiveSlug(slug);
    fire(s);
  }

  /** The persisted playback state, detached, with its version. */
  public PlaybackState.View view() {
    return store.state().view();
  }

  /**
   * The engine moved on by itself to {@code to}; ignored when the state changed since the
   * engine read it at {@code revision} (someone chose another item meanwhile: that choice wins).
   */
  public void advance(int revision, String to) {
    PlaybackState s = store.state();
    if (s.getVersion() == revision && !Objects.equals(to, s.getActiveSlug())) {
      s.setActiveSlug(to);
      fire(s);
    }
  }

  /** Pauses or resumes; returns the new paused flag. */
  public boolean toggle() {
    PlaybackState s = store.state();
    s.setPaused(!s.isPaused());
    fire(s);
    return s.isPaused();
  }

  /** Moves to the next ({@code +1}) or previous ({@code -1}) item; no-op with one item or none. */
  public String step(int direction) {
    PlaybackState s = store.state();
    List<String> loop = playlist.slugs();
    if (loop.size() > 1 || !loop.contains(s.getActiveSlug())) {
      s.setActiveSlug(LoopStep.from(loop, s.getActiveSlug(), direction));
      fire(s);
    }
    return s.getActiveSlug();
  }

  /** Sets the loop mode, or toggles it when {@code mode} is null. */
  public LoopMode loopMode(LoopMode mode) {
    PlaybackState s = store.state();
    LoopMode next = mode != null ? mode : (s.getLoopMode() == LoopMode.ALL ? LoopMode.ONE
        : LoopMode.ALL);
    s.setLoopMode(next);
    fire(s);
    return next;
  }

  /** Keeps the active item inside the loop: first item when it left, or when none was active. */
  void onLoopChanged(@Observes LoopChanged event) {
    PlaybackState s = store.state();
    List<String> loop = event.loop();
    if (!loop.contains(s.getActiveSlug())) {
      String next = loop.isEmpty() ? null : loop.get(0);
      if (!Objects.equals(next, s.getActiveSlug())) {
        s.setActiveSlug(next);
        fire(s);
      }
    }
  }

  private void fire(PlaybackState s) {
    store.flush();
    changed.fire(new PlayerStateChanged(s.getActiveSlug(), s.isPaused(), s.getLoopMode()));
  }
}
