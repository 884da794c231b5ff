package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import loop.media.control.decode.FrameSource;
import loop.media.control.pack.FramePack;
import loop.media.control.pack.FramePackWriter;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;

/**
 * Turns one stored original into a frame pack: pulls frames from the decoder for its type and
 * streams them into a {@link FramePackWriter}, so at most one frame is in memory. A refusal or
 * failure leaves no pack behind.
 */
@ApplicationScoped
public class Converter {

  /** What a finished conversion produced. */
  public record Converted(Geometry geometry, int[] durations, int loopCount) {}

  /** Frames expected when a source cannot tell: progress then creeps towards 95 %. */
  static final int UNKNOWN_COUNT = 500;

  @Inject Decoders decoders;

  static int percent(int frames, int expected) {
    return Math.min(95, (int) (95L * frames / (expected > 0 ? expected : UNKNOWN_COUNT)));
  }

  /**
   * Converts {@code original} into the pack at {@code target}.
   *
   * @param progress told the percent done (0..95) after each frame
   */
  public Converted convert(Path original, String mimeType, ConversionSpec spec, Path target,
      IntConsumer progress) throws IOException {
    try (FrameSource source = decoders.forType(mimeType).open(original, spec);
        FramePackWriter writer =
            new FramePackWriter(target, source.geometry(), spec.maxFrames())) {
      byte[] frame = new byte[source.geometry().frameBytes()];
      for (int ms; (ms = source.next(frame)) >= 0; ) {
        if (writer.count() == spec.maxFrames()) {
          throw new loop.media.entity.MediaRefused("It has more than " + spec.maxFrames()
              + " frames, the most one item may have.");
        }
        writer.append(frame, ms);
        progress.accept(percent(writer.count(), source.frameCountHint()));
      }
      if (writer.count() == 0) {
        throw new loop.media.entity.MediaRefused("It contains no picture.");
      }
      writer.finish(source.loopCount());
    }
    FramePack pack = FramePack.open(target);
    return new Converted(pack.geometry(), pack.durations(), pack.loopCount());
  }
}
