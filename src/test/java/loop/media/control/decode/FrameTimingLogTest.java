package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FrameTimingLogTest {

  static final String PREFIX = "[Parsed_metadata_3 @ 0x561971670f00] [info] ";

  FrameTimingLog cut = new FrameTimingLog();

  String mark() {
    Matcher m = Pattern.compile("value=(\\w+),").matcher(cut.filter());
    assertTrue(m.find(), cut.filter());
    return m.group(1);
  }

  void frame(int n, String pts) {
    cut.line(PREFIX + "frame:" + n + "    pts:" + pts + "  pts_time:0.1");
    cut.line(PREFIX + "loop_frame=" + mark());
  }

  @Test
  void theFilterPutsTimestampsInMicrosecondsAndMarksEachFrame() {
    String filter = cut.filter();

    assertTrue(filter.startsWith(",settb=AVTB,metadata=mode=add:key=loop_frame:value="), filter);
    assertTrue(filter.endsWith(",metadata=mode=print"), filter);
  }

  @Test
  void eachMarkedFrameGivesItsTimestamp() throws IOException {
    frame(0, "0");
    frame(1, "33333");
    frame(2, "1000000");

    assertEquals(0, cut.next(100));
    assertEquals(33_333, cut.next(100));
    assertEquals(1_000_000, cut.next(100));
  }

  @Test
  void aFrameLineWithoutThisDecodesMarkIsIgnored() throws IOException {
    // e.g. forged by a metadata key with a line break in ffmpeg's header dump
    cut.line(PREFIX + "frame:0    pts:999999  pts_time:1");
    cut.line(PREFIX + "loop_frame=0123456789abcdef0123456789abcdef");
    frame(0, "0");

    assertEquals(0, cut.next(100));
    cut.closed();
    assertEquals(FrameTimingLog.END, cut.next(100));
  }

  @Test
  void theEndOfStderrEndsTheFramesForGood() throws IOException {
    frame(0, "0");
    cut.closed();

    assertEquals(0, cut.next(100));
    assertEquals(FrameTimingLog.END, cut.next(100));
    assertEquals(FrameTimingLog.END, cut.next(100));
  }

  @Test
  void framesWithoutATimestampAreUnknown() throws IOException {
    frame(0, "NOPTS");

    assertEquals(FrameTimingLog.UNKNOWN, cut.next(100));
  }

  @Test
  void errorLinesAreKeptInfoLinesAreNot() {
    cut.line("[info] Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'x.mp4':");
    cut.line("[h264 @ 0x556a543444c0] [error] Invalid NAL unit size (4133 > 492).");
    cut.line("[error] Error while decoding stream #0:0: Invalid data found");

    assertEquals(Optional.of("Invalid NAL unit size (4133 > 492)."), cut.firstError());
  }

  @Test
  void warningsAndTheMuxersTimestampComplaintAreNoErrors() {
    cut.line("[mov @ 0x1] [warning] Packet corrupt (stream = 0, dts = 11776).");
    cut.line(
        "[rawvideo @ 0x557ef742d680] [error] Application provided invalid, non "
            + "monotonically increasing dts to muxer in stream 0: 49 >= 49");

    assertEquals(Optional.empty(), cut.firstError());
  }

  @Test
  void waitingInVainIsAnIoFailure() {
    assertThrows(IOException.class, () -> cut.next(10));
  }
}
