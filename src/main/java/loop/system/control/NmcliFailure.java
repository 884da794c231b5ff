package loop.system.control;

import java.io.IOException;

/** An nmcli command that did not do what was asked, with what kind of failure it was. */
public class NmcliFailure extends IOException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, as far as nmcli's exit and words tell. */
  public enum Kind {
    /** The network refused the password, or one was needed and none was given. */
    BAD_PASSWORD,
    /** No network with that name is in range. */
    NOT_FOUND,
    /** nmcli did not finish within its timeout. */
    TIMEOUT,
    /** Another WiFi change held the radio too long. */
    BUSY,
    /** nmcli is missing or could not be started. */
    MISSING,
    /** Anything else; the message carries nmcli's own first line. */
    FAILED
  }

  private final Kind kind;

  public NmcliFailure(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** Classifies a failed run by nmcli's exit code (see nmcli(1), "Exit Status") and stderr. */
  static NmcliFailure of(CommandRunner.Result r) {
    String said = firstLine(r.stderr().isBlank() ? r.stdout() : r.stderr());
    if (r.timedOut()) {
      return new NmcliFailure(Kind.TIMEOUT, "nmcli did not answer in time");
    }
    if (said.contains("Secrets were required") || said.contains("802-11-wireless-security.psk")
        || said.contains("property is invalid")) {
      return new NmcliFailure(Kind.BAD_PASSWORD, said);
    }
    if (r.exitCode() == 10 || said.contains("No network with SSID")) {
      return new NmcliFailure(Kind.NOT_FOUND, said);
    }
    return new NmcliFailure(Kind.FAILED, said.isEmpty() ? "nmcli exited with " + r.exitCode()
        : said);
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    String line = nl < 0 ? t : t.substring(0, nl);
    return line.startsWith("Error: ") ? line.substring(7) : line;
  }
}
