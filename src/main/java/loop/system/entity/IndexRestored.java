package loop.system.entity;

import loop.Change;

/**
 * A backup replaced the index and the media files. Fired after the swap, outside any
 * transaction: every cache built from the old index must be dropped.
 */
public record IndexRestored(long items) implements Change {}
