package loop.media.control.decode;

import java.io.IOException;
import java.nio.file.Path;
import loop.media.entity.ConversionSpec;

/**
 * Opens one kind of upload (GIF, still picture, animated WebP, video, frame ZIP) as a stream of
 * display frames. Implementations are plain classes (no container needed) and must refuse with
 * {@link loop.media.entity.MediaRefused} and a sentence: never hang, never return a partial
 * result as success, never allocate by what a header claims before checking it against
 * {@link ConversionSpec#maxPixels()} / {@link ConversionSpec#maxFrames()}.
 */
public interface Decoder {

  /** Opens {@code file}; the caller closes the returned source. */
  FrameSource open(Path file, ConversionSpec spec) throws IOException;
}
