package loop.player.entity;

import java.util.List;

/**
 * What should play now, read when an item starts (never per frame).
 *
 * @param active the item to play, null when the loop is empty
 * @param loop the loop order
 * @param paused hold the current frame
 * @param mode all: advance after the policy; one: repeat the active item
 * @param policy the active item's policy
 * @param revision the version of the playback state this plan was read from; the engine's own
 *     advance applies only while it is unchanged, so a user's choice made meanwhile wins
 * @param activePack the active item's frame pack (it changes when the item is converted again
 *     with another fit: the engine then loads the new one), null when not known
 */
public record Plan(String active, List<String> loop, boolean paused, LoopMode mode,
    ItemPolicy policy, int revision, String activePack) {

  public Plan(String active, List<String> loop, boolean paused, LoopMode mode,
      ItemPolicy policy, int revision) {
    this(active, loop, paused, mode, policy, revision, null);
  }
}
