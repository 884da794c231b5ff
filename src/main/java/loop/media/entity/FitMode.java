package loop.media.entity;

import java.util.Locale;
import java.util.Optional;

/** How a picture fills the frame: whole with black bars (default), or cropped to fill. */
public enum FitMode {
  FIT,
  CROP;

  /** The wire name: {@code fit} or {@code crop}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode for a wire name (case-insensitive), empty for anything else. */
  public static Optional<FitMode> of(String wire) {
    for (FitMode m : values()) {
      if (m.wire().equalsIgnoreCase(wire == null ? "" : wire.trim())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
