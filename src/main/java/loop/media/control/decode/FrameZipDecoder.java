package loop.media.control.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;

/**
 * Opens LOOP's ZIP of pre-converted frames: {@code metadata.json} plus {@code frame_NNNNNN.rgb}
 * files or one {@code frames.bin}, big-endian RGB565 at the panel's size, passed through byte for
 * byte. Everything is checked from the central directory before anything is inflated ({@link
 * ZipDirectory}, {@link FrameZipLayout}); then every entry is read counting against its declared
 * size and checking its CRC ({@link EntryReader}).
 *
 * <p>Entry cap: {@code 2 × maxFrames + 16}, room for each frame's {@code __MACOSX} twin.
 */
public class FrameZipDecoder implements Decoder {

  /** Opens {@code file}; the returned source holds the ZIP open until closed. */
  @Override
  public FrameSource open(Path file, ConversionSpec spec) throws IOException {
    int frameBytes = spec.longSide() * spec.shortSide() * 2;
    List<ZipDirectory.Entry> entries = ZipDirectory.read(file, 2 * spec.maxFrames() + 16);
    FrameZipLayout layout = FrameZipLayout.of(entries, frameBytes, spec.maxFrames());
    ZipFile zip = openZip(file);
    try {
      FrameZipMetadata metadata;
      try (EntryReader reader = new EntryReader(zip, layout.metadata())) {
        metadata = FrameZipMetadata.parse(reader.readAll());
      }
      Geometry geometry = metadata.geometry(spec);
      metadata.check(layout.frameCount(frameBytes), spec);
      EntryReader bin = layout.framesBin() == null ? null : openBin(zip, layout, frameBytes);
      return new ZipFrames(zip, layout, geometry, metadata, bin);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private static ZipFile openZip(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new MediaRefused(ZipDirectory.NOT_A_ZIP, e);
    }
  }

  /** Opens frames.bin and checks its header (count, frame size) against the directory. */
  private static EntryReader openBin(ZipFile zip, FrameZipLayout layout, int frameBytes)
      throws IOException {
    EntryReader bin = new EntryReader(zip, layout.framesBin());
    try {
      byte[] header = new byte[FrameZipLayout.BIN_HEADER_BYTES];
      bin.readFully(header, 0, header.length);
      long count = Integer.toUnsignedLong(ByteBuffer.wrap(header).getInt(0));
      long size = Integer.toUnsignedLong(ByteBuffer.wrap(header).getInt(4));
      if (count != layout.frameCount(frameBytes) || size != frameBytes) {
        throw new MediaRefused(
            "This ZIP's frames.bin says "
                + count
                + " frames of "
                + size
                + " bytes, but it holds "
                + layout.frameCount(frameBytes)
                + " frames of "
                + frameBytes
                + " bytes.");
      }
      return bin;
    } catch (IOException | RuntimeException e) {
      bin.close();
      throw e;
    }
  }
}
