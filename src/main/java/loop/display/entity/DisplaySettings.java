package loop.display.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Persisted display settings; brightness survives restarts (LOOP kept it in config.json). */
@Entity
@Cacheable(false)
@Table(name = "DISPLAY_SETTINGS")
public class DisplaySettings {

  public static final long ID = 1L;

  @Id private Long id = ID;

  /** Backlight level in percent, 0..100. */
  private int brightness = 100;

  @Version private int version;

  public int getBrightness() {
    return brightness;
  }

  /** Sets the level, clamped to 0..100 as LOOP did. */
  public void setBrightness(int brightness) {
    this.brightness = Math.max(0, Math.min(100, brightness));
  }

  public int getVersion() {
    return version;
  }
}
