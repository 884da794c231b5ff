package loop.system.entity;

/**
 * LOOP's {@code StorageData} (§2.9): disk {@code total/used/free} of the data volume and how much
 * of {@code used} is the system, the app installation and the media. All in bytes.
 */
public record StorageFigures(
    long total, long used, long free, long system, long app, long media, String units) {}
