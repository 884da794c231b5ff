package loop.display.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import loop.display.control.HardwareSinks;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The display's state for systemd and the UI. Always UP (playback goes on on the virtual sink),
 * but says {@code degraded} with the reason when the configured hardware is not in use.
 */
@Readiness
@ApplicationScoped
public class DisplayReadinessCheck implements HealthCheck {

  @Inject Display display;
  @Inject HardwareSinks hardware;

  @Override
  public HealthCheckResponse call() {
    String inUse = display.driver();
    boolean degraded = hardware.configured() && !inUse.equals(hardware.driver());
    return HealthCheckResponse.named("display").up()
        .withData("configured", hardware.driver())
        .withData("in_use", inUse)
        .withData("degraded", degraded)
        .withData("reason", display.degraded().orElse(degraded ? "opening" : "none"))
        .withData("frames_shown", display.framesShown())
        .build();
  }
}
