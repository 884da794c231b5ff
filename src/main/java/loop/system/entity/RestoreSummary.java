package loop.system.entity;

/**
 * What a restore brought back: media items and loop entries now in the index, and the files
 * moved in; plus when and by which version the archive was made.
 */
public record RestoreSummary(
    long items,
    long loopEntries,
    long packs,
    long thumbnails,
    long originals,
    boolean originalsIncluded,
    String created,
    String appVersion) {}
