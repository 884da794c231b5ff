package loop.media.entity;

/** A media item left the library; fired inside the deleting transaction. */
public record MediaDeleted(String slug) {}
