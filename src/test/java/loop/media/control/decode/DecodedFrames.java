package loop.media.control.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;

/** Everything a {@link FrameSource} yields, read to its end: for assertions on whole files. */
record DecodedFrames(
    Geometry geometry, int loopCount, List<byte[]> frames, List<Integer> durations) {

  static DecodedFrames of(Decoder decoder, Path file) throws IOException {
    return of(decoder, file, ConversionSpec.defaults());
  }

  static DecodedFrames of(Decoder decoder, Path file, ConversionSpec spec) throws IOException {
    try (FrameSource source = decoder.open(file, spec)) {
      List<byte[]> frames = new ArrayList<>();
      List<Integer> durations = new ArrayList<>();
      byte[] frame = new byte[source.geometry().frameBytes()];
      for (int ms = source.next(frame); ms != -1; ms = source.next(frame)) {
        frames.add(frame.clone());
        durations.add(ms);
      }
      return new DecodedFrames(source.geometry(), source.loopCount(), frames, durations);
    }
  }

  /** Frame {@code k}'s RGB565 value at ({@code x}, {@code y}). */
  int pixel(int k, int x, int y) {
    byte[] f = frames.get(k);
    int o = (y * geometry.width() + x) * 2;
    return (f[o] & 0xFF) << 8 | f[o + 1] & 0xFF;
  }

  int count() {
    return frames.size();
  }
}
