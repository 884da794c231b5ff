package loop.system.entity;

/**
 * The answer to an update check, LOOP's shape plus versions: {@code {updates_available: {git,
 * timestamp}, current_version, latest_version, last_update}}.
 *
 * @param updatesAvailable LOOP's field: {@code git} is true when a newer release is announced
 * @param currentVersion the release that runs
 * @param latestVersion the release the manifest announces
 * @param lastUpdate the outcome line of the last install (ok / rolled-back / failed, unix
 *     seconds, a sentence), or null before the first
 */
public record UpdateCheck(
    Sources updatesAvailable, String currentVersion, String latestVersion, String lastUpdate) {

  /**
   * @param git true when an update is available (LOOP's name, kept for its web UI)
   * @param timestamp when this check ran, unix seconds
   */
  public record Sources(boolean git, long timestamp) {}

  public boolean available() {
    return updatesAvailable.git();
  }
}
