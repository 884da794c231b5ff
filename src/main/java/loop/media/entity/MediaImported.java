package loop.media.entity;

/** A media item is in the library and playable: its frame pack is complete. */
public record MediaImported(String slug) {}
