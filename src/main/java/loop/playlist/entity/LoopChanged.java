package loop.playlist.entity;

import java.util.List;
import loop.Change;

/** The loop's order or membership changed; carries the new order of slugs. */
public record LoopChanged(List<String> loop) implements Change {}
