package loop.player.entity;

import loop.Change;

/** The active item, pause state or loop mode changed. */
public record PlayerStateChanged(String activeSlug, boolean paused, LoopMode loopMode) implements Change {}
