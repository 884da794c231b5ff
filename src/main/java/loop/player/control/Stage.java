package loop.player.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import loop.media.control.pack.FramePack;
import loop.media.entity.Geometry;
import loop.player.entity.Plan;

/** Everything the playback loop needs from the rest of Loop; implemented by the player boundary. */
public interface Stage {

  /** What should play now (read when an item starts or after a change, never per frame). */
  Plan plan();

  /** The frame pack of a converted item; throws when it cannot be opened. */
  FramePack open(String slug) throws IOException;

  /**
   * The loop moved on by itself (end of the item's policy, or an item that would not load): make
   * {@code to} active, but only if the playback state is still at {@code plan.revision()}, so a
   * user's choice made meanwhile wins.
   */
  void advanced(Plan plan, String to);

  /** {@code slug} failed to load twice: take it out of rotation with {@code reason}. */
  void unplayable(String slug, String reason);

  /** Shows one frame ({@code frameBytes} from the buffer's position). */
  void show(ByteBuffer rgb565, Geometry geometry) throws IOException;

  /** Nothing to play: show how to reach the UI. */
  void idle();
}
