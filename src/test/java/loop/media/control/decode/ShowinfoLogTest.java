package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShowinfoLogTest {

  static final String CONFIG =
      "[Parsed_showinfo_1 @ 0x55da3a112180] [info] config in time_base: 1/15360, frame_rate: 30/1";

  static String frame(int n, String pts) {
    return "[Parsed_showinfo_1 @ 0x55da3a112180] [info] n: " + (n < 10 ? "  " : " ") + n
        + " pts: " + pts + " pts_time:0 pos: 36 fmt:rgb565be sar:1/1 s:240x320 i:P iskey:1";
  }

  ShowinfoLog cut = new ShowinfoLog();

  @Test
  void framesBecomeMicrosecondsInTheReportedTimeBase() throws IOException {
    cut.line(CONFIG);
    cut.line(frame(0, "0"));
    cut.line(frame(1, "512"));
    cut.line(frame(2, "15360"));

    assertEquals(0, cut.next(100));
    assertEquals(33_333, cut.next(100));
    assertEquals(1_000_000, cut.next(100));
  }

  @Test
  void theEndOfStderrEndsTheFramesForGood() throws IOException {
    cut.line(CONFIG);
    cut.line(frame(0, "0"));
    cut.closed();

    assertEquals(0, cut.next(100));
    assertEquals(ShowinfoLog.END, cut.next(100));
    assertEquals(ShowinfoLog.END, cut.next(100));
  }

  @Test
  void framesBeforeAConfigurationOrOutOfSequenceAreIgnored() throws IOException {
    cut.line(frame(0, "999")); // e.g. text from the header dump
    cut.line(CONFIG);
    cut.line(frame(0, "0"));
    cut.line(frame(5, "777"));
    cut.line(frame(1, "512"));

    assertEquals(0, cut.next(100));
    assertEquals(33_333, cut.next(100));
    cut.closed();
    assertEquals(ShowinfoLog.END, cut.next(100));
  }

  @Test
  void aReconfiguredGraphCountsFromZeroAgain() throws IOException {
    cut.line(CONFIG);
    cut.line(frame(0, "0"));
    cut.line(CONFIG);
    cut.line(frame(0, "1536"));

    cut.next(100);
    assertEquals(100_000, cut.next(100));
  }

  @Test
  void framesWithoutATimestampAreUnknown() throws IOException {
    cut.line(CONFIG);
    cut.line(frame(0, "NOPTS"));

    assertEquals(ShowinfoLog.UNKNOWN, cut.next(100));
  }

  @Test
  void errorLinesAreKeptInfoLinesAreNot() {
    cut.line("[info] Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'x.mp4':");
    cut.line("[h264 @ 0x556a543444c0] [error] Invalid NAL unit size (4133 > 492).");
    cut.line("[error] Error while decoding stream #0:0: Invalid data found");

    assertEquals(Optional.of("Invalid NAL unit size (4133 > 492)."), cut.firstError());
  }

  @Test
  void noErrorsWhenNoneWereLogged() {
    cut.line("[mov @ 0x1] [warning] Packet corrupt (stream = 0, dts = 11776).");
    cut.line("[rawvideo @ 0x557ef742d680] [error] Application provided invalid, non "
        + "monotonically increasing dts to muxer in stream 0: 49 >= 49");

    assertEquals(Optional.empty(), cut.firstError());
  }

  @Test
  void waitingInVainIsAnIoFailure() {
    assertThrows(IOException.class, () -> cut.next(10));
  }
}
