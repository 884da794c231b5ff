/**
 * Device integration: the data directory, storage and memory figures, health checks, and the
 * EclipseLink platform that lets JPA speak SQLite.
 *
 * <p>Decisions: {@code SqlitePlatform} lives here because the SQLite index is part of the device,
 * not of one component; it maps ids to {@code INTEGER PRIMARY KEY} (rowid) and pages with {@code
 * LIMIT/OFFSET}. The data directory is created when the application starts, and the schema is
 * created on the first connection, so a missing directory never leaves JPA dead. WiFi routes answer
 * 503 with a sentence until NetworkManager support lands: no fake success. Updates ({@code
 * Releases}) are off until a release manifest is configured; Loop only downloads and verifies
 * (streamed, size-capped, SHA-256) and hands over to {@code loop-update} outside the process,
 * which swaps releases and rolls back by itself, since a process cannot safely replace itself. {@code CommandRunner} is the only class that starts processes: argument lists, never a
 * shell; a timeout that kills the child and its descendants; the first 64 KiB of each output kept;
 * children niced ({@code loop.process.nice}).
 */
package loop.system;
