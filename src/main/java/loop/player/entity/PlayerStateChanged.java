package loop.player.entity;

/** The active item, pause state or loop mode changed. */
public record PlayerStateChanged(String activeSlug, boolean paused, LoopMode loopMode) {}
