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
 */
public record Plan(String active, List<String> loop, boolean paused, LoopMode mode,
    ItemPolicy policy, int revision) {}
