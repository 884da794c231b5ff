/**
 * Device integration: the data directory, storage and memory figures, health checks, WiFi, and the
 * EclipseLink platform that lets JPA speak SQLite.
 *
 * <p>Decisions: {@code SqlitePlatform} lives here because the SQLite index is part of the device,
 * not of one component; it maps ids to {@code INTEGER PRIMARY KEY} (rowid) and pages with {@code
 * LIMIT/OFFSET}. The data directory is created when the application starts, and the schema is
 * created on the first connection, so a missing directory never leaves JPA dead. Updates ({@code
 * Releases}) are off until a release manifest is configured; Loop only downloads and verifies
 * (streamed, size-capped, SHA-256) and hands over to {@code loop-update} outside the process,
 * which swaps releases and rolls back by itself, since a process cannot safely replace itself.
 *
 * <p>WiFi: {@code Nmcli} speaks to NetworkManager (terse escaped output parsed by {@code Terse};
 * passwords only through short-lived 0600 {@code passwd-file}s, never argv); {@code Wifi} is the
 * facade (status cached and refreshed in the background, scan cached 10 s, one radio change at a
 * time); {@code WifiSupervisor} runs the pure {@code WifiPolicy} state machine (boot join, hotspot
 * after a grace period, move house) on a managed scheduler; slow routes answer from a managed
 * executor. Loop stores only the configured SSID and the generated setup-hotspot password in
 * {@code DATA/wifi.properties}; NetworkManager keeps client passwords in its root-only keyfile.
 *
 * <p>{@code CommandRunner} is the only class that starts processes: argument lists, never a
 * shell; a timeout that kills the child and its descendants; the first 64 KiB of each output kept;
 * children niced ({@code loop.process.nice}).
 *
 * <p>Backup and restore: {@code GET /api/backup} streams a ZIP (index copy, frame packs,
 * thumbnails, originals unless {@code ?originals=false}, {@code settings.json}) with {@code
 * manifest.json} last, listing every entry's size and SHA-256. The index is copied with SQLite's
 * online backup ({@code backup to}) on the application's own pooled connection: the pool has
 * one connection, so holding it is what makes the copy consistent, and media files are pinned
 * with hard links while it is held. {@code POST /api/restore} verifies the whole archive while
 * unpacking it into a staging directory (unsafe, linked, duplicate, missing, extra or altered
 * entries, foreign manifests and unknown versions are refused with a sentence), checks the staged
 * index ({@code PRAGMA integrity_check} via {@code ATTACH}, Loop's tables), then with playback
 * stopped and conversions held swaps the media directories by renames and replaces the index
 * with {@code restore from} on the same connection: one SQLite transaction, so the pool, the WAL
 * and EclipseLink stay valid (its shared cache is evicted). A failure puts the old directories
 * and index back. {@code IndexRestored} tells caches to drop.
 *
 * <p>Figures: storage (system/app/media, media size cached until a media event), memory (JVM,
 * process RSS, low-memory mode), the board's model, RAM and the firmware's throttle flags, all
 * read under injectable {@code /proc} and {@code /sys} roots. {@code MemoryMode} decides the
 * low-memory mode once; open frame packs and conversion workers size themselves from it.
 */
package loop.system;
