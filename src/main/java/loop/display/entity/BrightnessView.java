package loop.display.entity;

/** {@code {"brightness": 0..100, "version": n}}; send the version back to detect a lost update. */
public record BrightnessView(int brightness, int version) {}
