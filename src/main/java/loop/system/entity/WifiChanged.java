package loop.system.entity;

/** The WiFi status changed (joined, lost, hotspot up or down, new address). */
public record WifiChanged(WifiStatus status) {}
