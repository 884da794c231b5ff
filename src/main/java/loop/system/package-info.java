/**
 * Device integration: the data directory, storage and memory figures, health checks, and the
 * EclipseLink platform that lets JPA speak SQLite.
 *
 * <p>Decisions: {@code SqlitePlatform} lives here because the SQLite index is part of the device,
 * not of one component; it maps ids to {@code INTEGER PRIMARY KEY} (rowid) and pages with {@code
 * LIMIT/OFFSET}. The data directory is created when the application starts, and the schema is
 * created on the first connection, so a missing directory never leaves JPA dead. WiFi and update
 * routes answer 503 with a sentence until NetworkManager and release-manifest support land: no fake
 * success. {@code CommandRunner} is the only class that starts processes: argument lists, never a
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
