package loop.media.entity;

import loop.Change;

/** A media item left the library; fired inside the deleting transaction. */
public record MediaDeleted(String slug) implements Change {}
