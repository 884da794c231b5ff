package loop.media.entity;

import loop.Change;

/** Conversion of an item failed; {@code reason} is the sentence shown to the user. */
public record MediaFailed(String slug, String reason) implements Change {}
