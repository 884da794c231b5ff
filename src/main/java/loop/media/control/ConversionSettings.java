package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import loop.media.entity.ConversionSpec;
import loop.media.entity.FitMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured panel geometry and conversion limits, as a {@link ConversionSpec}. */
@ApplicationScoped
public class ConversionSettings {

  @Inject
  @ConfigProperty(name = "loop.display.long-side", defaultValue = "320")
  int longSide;

  @Inject
  @ConfigProperty(name = "loop.display.short-side", defaultValue = "240")
  int shortSide;

  @Inject
  @ConfigProperty(name = "loop.media.max-pixels", defaultValue = "50000000")
  long maxPixels;

  @Inject
  @ConfigProperty(name = "loop.media.max-frames", defaultValue = "3000")
  int maxFrames;

  @Inject
  @ConfigProperty(name = "loop.media.max-seconds", defaultValue = "120")
  int maxSeconds;

  public ConversionSpec spec(FitMode fit) {
    return new ConversionSpec(longSide, shortSide, fit, maxPixels, maxFrames, maxSeconds);
  }
}
