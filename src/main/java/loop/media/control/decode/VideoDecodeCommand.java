package loop.media.control.decode;

import java.nio.file.Path;
import java.util.List;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;

/**
 * The ffmpeg argument list that decodes a video's first picture stream into raw frames of the
 * target size on stdout, big-endian RGB565, one per decoded source frame ({@code -fps_mode
 * passthrough}: none dropped or duplicated), ending with the timing filters of {@link
 * FrameTimingLog}, which log each frame's presentation timestamp on stderr.
 *
 * <p>ffmpeg applies the display matrix itself (autorotation is on by default). The scaled size is
 * computed here from the displayed size, pixel aspect included (ffmpeg's {@code
 * force_original_aspect_ratio} ignores it). Fit pads in RGB ({@code format=rgb24} first): padding
 * YUV 4:2:0 rounds odd offsets and bleeds chroma into the bars, which then are not black.
 */
final class VideoDecodeCommand {

  private VideoDecodeCommand() {}

  /**
   * @param timing the filters appended for timing ({@link FrameTimingLog#filter()})
   * @param threads decoder threads, 1 or more
   */
  static List<String> of(
      String ffmpeg,
      Path file,
      VideoFacts facts,
      Geometry target,
      FitMode fit,
      String timing,
      int threads) {
    return List.of(
        ffmpeg,
        "-nostdin",
        "-hide_banner",
        "-nostats",
        // info, not error: the per-frame timing lines are info; "level" tags each line
        "-loglevel",
        "repeat+level+info",
        "-threads",
        Integer.toString(threads),
        "-protocol_whitelist",
        "file",
        "-format_whitelist",
        Ffprobe.FORMATS,
        "-i",
        file.toAbsolutePath().toString(),
        "-map",
        "0:V:0",
        "-an",
        "-sn",
        "-dn",
        "-map_metadata",
        "-1",
        "-map_chapters",
        "-1",
        "-vf",
        filters(facts, target, fit) + timing,
        "-fps_mode",
        "passthrough",
        "-pix_fmt",
        "rgb565be",
        "-f",
        "rawvideo",
        "pipe:1");
  }

  /** The scale and pad (fit) or scale and crop (crop) chain for the displayed picture. */
  static String filters(VideoFacts facts, Geometry target, FitMode fit) {
    int tw = target.width();
    int th = target.height();
    double sx = (double) tw / facts.displayWidth();
    double sy = (double) th / facts.displayHeight();
    double scale = fit == FitMode.CROP ? Math.max(sx, sy) : Math.min(sx, sy);
    int w = (int) Math.max(1, Math.round(facts.displayWidth() * scale));
    int h = (int) Math.max(1, Math.round(facts.displayHeight() * scale));
    if (fit == FitMode.CROP) {
      w = Math.max(w, tw);
      h = Math.max(h, th);
      return w == tw && h == th
          ? "scale=%d:%d".formatted(tw, th)
          : "scale=%d:%d,crop=%d:%d:%d:%d".formatted(w, h, tw, th, (w - tw) / 2, (h - th) / 2);
    }
    w = Math.min(w, tw);
    h = Math.min(h, th);
    return w == tw && h == th
        ? "scale=%d:%d".formatted(tw, th)
        : "scale=%d:%d,format=rgb24,pad=%d:%d:%d:%d:black"
            .formatted(w, h, tw, th, (tw - w) / 2, (th - h) / 2);
  }
}
