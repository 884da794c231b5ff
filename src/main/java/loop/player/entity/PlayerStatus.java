package loop.player.entity;

/** LOOP's {@code PlayerStatus} shape (§2.4), field for field. */
public record PlayerStatus(
    boolean isPlaying,
    String currentMedia,
    int loopIndex,
    int totalMedia,
    double frameRate,
    String loopMode,
    boolean showingProgress) {}
