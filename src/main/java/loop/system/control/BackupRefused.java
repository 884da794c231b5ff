package loop.system.control;

/**
 * An archive that will not be restored, with the HTTP status to answer (400 not a ZIP at all,
 * 422 a ZIP that is not an intact Loop backup) and a sentence naming the reason.
 */
public class BackupRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public BackupRefused(int status, String reason) {
    super(reason);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static BackupRefused notLoop(String why) {
    return new BackupRefused(422, "The file is not a Loop backup: " + why + ".");
  }

  static BackupRefused damaged(String why) {
    return new BackupRefused(422, "The backup was refused and nothing was changed: " + why + ".");
  }
}
