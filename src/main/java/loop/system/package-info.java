/**
 * Device integration: the data directory, storage and memory figures, health checks, WiFi, and the
 * EclipseLink platform that lets JPA speak SQLite.
 *
 * <p>Decisions: {@code SqlitePlatform} lives here because the SQLite index is part of the device,
 * not of one component; it maps ids to {@code INTEGER PRIMARY KEY} (rowid) and pages with {@code
 * LIMIT/OFFSET}. The data directory is created when the application starts, and the schema is
 * created on the first connection, so a missing directory never leaves JPA dead. Update routes
 * answer 503 with a sentence until release-manifest support lands: no fake success.
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
 */
package loop.system;
