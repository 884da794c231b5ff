package loop.media.control.decode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import loop.media.control.decode.ZipDirectory.Entry;
import loop.media.entity.MediaRefused;

/**
 * What each entry of a frames ZIP is, decided from the central directory alone: every name, file
 * type, encryption flag, compression method and declared size is checked before anything is
 * inflated.
 *
 * <p>Accepted: {@code metadata.json} (at most 64 KiB) and either {@code frames.bin} (LOOP's 8-byte
 * header plus whole frames) or {@code frame_NNNNNN.rgb} files of exactly one frame each, numbered
 * in one run from 0 or from 1, all at the top level. Refused: unsafe names (absolute, drive
 * letters, {@code ..}, {@code .} or empty segments, backslashes, control characters, over 255
 * characters), names that repeat (ignoring case), links and other special files, encrypted entries,
 * any other file. Ignored, never read: the litter desktop systems add ({@code __MACOSX/...}, {@code
 * .DS_Store}, {@code Thumbs.db}, {@code desktop.ini}), so a ZIP made with Finder or Explorer still
 * goes through.
 */
record FrameZipLayout(Entry metadata, Entry framesBin, List<Entry> frameFiles) {

  static final String METADATA = "metadata.json";
  static final String FRAMES_BIN = "frames.bin";
  static final int MAX_METADATA_BYTES = 64 * 1024;

  /** frames.bin starts with the frame count and the frame size, each a big-endian uint32. */
  static final int BIN_HEADER_BYTES = 8;

  private static final Pattern FRAME_FILE = Pattern.compile("frame_(\\d{6})\\.rgb");
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");
  private static final Set<String> LITTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

  /** How many frames the ZIP holds, by declared sizes. */
  int frameCount(int frameBytes) {
    return framesBin != null
        ? (int) ((framesBin.size() - BIN_HEADER_BYTES) / frameBytes)
        : frameFiles.size();
  }

  /**
   * Classifies and checks {@code entries}.
   *
   * @param frameBytes the exact size of one frame (panel width × height × 2)
   * @param maxFrames the frame cap
   */
  static FrameZipLayout of(List<Entry> entries, int frameBytes, int maxFrames) {
    Set<String> seen = new HashSet<>();
    Entry metadata = null;
    Entry bin = null;
    TreeMap<Integer, Entry> files = new TreeMap<>();
    for (Entry e : entries) {
      checkSafe(e, seen);
      String name = e.name();
      Matcher frame = FRAME_FILE.matcher(name);
      if (name.equals(METADATA)) {
        metadata = e;
      } else if (name.equals(FRAMES_BIN)) {
        bin = e;
      } else if (frame.matches()) {
        files.put(Integer.parseInt(frame.group(1)), e);
      } else if (!litter(name)) {
        throw new MediaRefused(
            "This ZIP holds \""
                + shown(name)
                + "\", which does not belong in "
                + "a frames ZIP (only metadata.json, frames.bin or frame_NNNNNN.rgb files).");
      }
    }
    FrameZipLayout layout = new FrameZipLayout(metadata, bin, new ArrayList<>(files.values()));
    layout.check(files.navigableKeySet(), frameBytes, maxFrames);
    return layout;
  }

  private static void checkSafe(Entry e, Set<String> seen) {
    checkName(e.name());
    if (!seen.add(e.name().toLowerCase(Locale.ROOT))) {
      throw new MediaRefused("This ZIP holds \"" + shown(e.name()) + "\" more than once.");
    }
    int type = e.unixType();
    if (type == 0xA000) {
      throw new MediaRefused(
          "This ZIP holds a link (\"" + shown(e.name()) + "\"); links are " + "refused.");
    }
    if (type != 0 && type != 0x8000 && type != 0x4000) {
      throw new MediaRefused("This ZIP holds a special file (\"" + shown(e.name()) + "\").");
    }
    if (e.encrypted()) {
      throw new MediaRefused("This ZIP is password-protected; Loop cannot read encrypted files.");
    }
  }

  static void checkName(String name) {
    String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    boolean unsafe =
        path.isEmpty()
            || name.length() > 255
            || name.startsWith("/")
            || name.contains("\\")
            || DRIVE.matcher(name).find()
            || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    for (String part : path.split("/", -1)) {
      unsafe |= part.isEmpty() || part.equals(".") || part.equals("..");
    }
    if (unsafe) {
      throw new MediaRefused(
          "This ZIP holds a file with an unsafe name (\"" + shown(name) + "\"); it is refused.");
    }
  }

  private static boolean litter(String name) {
    return name.startsWith("__MACOSX/") || LITTER.contains(name);
  }

  private void check(Set<Integer> numbers, int frameBytes, int maxFrames) {
    checkMetadata();
    if (framesBin != null && !frameFiles.isEmpty()) {
      throw new MediaRefused(
          "This ZIP holds both frames.bin and frame files; it must hold one " + "or the other.");
    }
    if (framesBin == null && frameFiles.isEmpty()) {
      throw new MediaRefused(
          "This ZIP holds no frames: neither frames.bin nor " + "frame_NNNNNN.rgb files.");
    }
    for (Entry e : framesBin == null ? frameFiles : List.of(framesBin)) {
      checkMethod(e);
    }
    if (framesBin != null) {
      checkBinSize(frameBytes);
    } else {
      checkFileSizes(frameBytes);
      checkNumbering(numbers);
    }
    if (frameCount(frameBytes) > maxFrames) {
      throw new MediaRefused(
          "This ZIP holds "
              + frameCount(frameBytes)
              + " frames; the limit is "
              + maxFrames
              + " frames.");
    }
  }

  private void checkMetadata() {
    if (metadata == null) {
      throw new MediaRefused("This ZIP has no metadata.json at its top level.");
    }
    checkMethod(metadata);
    if (metadata.size() > MAX_METADATA_BYTES) {
      throw new MediaRefused(
          "This ZIP's metadata.json is " + metadata.size() + " bytes; the limit is 64 KiB.");
    }
  }

  private static void checkMethod(Entry e) {
    if (e.method() != 0 && e.method() != 8) {
      throw new MediaRefused(
          "This ZIP's "
              + shown(e.name())
              + " is compressed with a method Loop "
              + "cannot read (only stored and deflate).");
    }
  }

  private void checkBinSize(int frameBytes) {
    long body = framesBin.size() - BIN_HEADER_BYTES;
    if (body < frameBytes || body % frameBytes != 0) {
      throw new MediaRefused(
          "This ZIP's frames.bin is "
              + framesBin.size()
              + " bytes, not an "
              + "8-byte header plus whole frames of "
              + frameBytes
              + " bytes.");
    }
  }

  private void checkFileSizes(int frameBytes) {
    for (Entry e : frameFiles) {
      if (e.size() != frameBytes) {
        throw new MediaRefused(
            "This ZIP's "
                + e.name()
                + " is "
                + e.size()
                + " bytes; each "
                + "frame must be exactly "
                + frameBytes
                + " bytes.");
      }
    }
  }

  /** {@code numbers} in ascending order must run 0, 1, 2, ... or 1, 2, 3, ... */
  private static void checkNumbering(Set<Integer> numbers) {
    int expected = numbers.contains(0) ? 0 : 1;
    for (int number : numbers) {
      if (number != expected) {
        throw new MediaRefused(
            "This ZIP's frame files are not numbered in one run from "
                + "frame_000000.rgb or frame_000001.rgb: "
                + "frame_%06d.rgb".formatted(expected)
                + " is missing.");
      }
      expected++;
    }
  }

  /** A name fit for a message: control characters replaced, at most 80 characters. */
  static String shown(String name) {
    String clean = name.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 80 ? clean.substring(0, 77) + "..." : clean;
  }
}
