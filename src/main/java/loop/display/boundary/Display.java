package loop.display.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import loop.display.control.DisplaySettingsStore;
import loop.display.entity.BrightnessView;
import loop.display.entity.DisplaySettings;
import loop.display.entity.SettingsChanged;
import loop.web.ApiException;

/** The display as others see it. For now: the persisted brightness setting. */
@ApplicationScoped
@Transactional
public class Display {

  @Inject DisplaySettingsStore store;
  @Inject Event<SettingsChanged> changed;

  public BrightnessView brightness() {
    DisplaySettings s = store.settings();
    return new BrightnessView(s.getBrightness(), s.getVersion());
  }

  /** Sets the brightness (clamped 0..100); 409 with the current value when the version is stale. */
  public BrightnessView brightness(int level, Integer expectedVersion) {
    DisplaySettings s = store.settings();
    if (expectedVersion != null && expectedVersion != s.getVersion()) {
      throw ApiException.conflict(
          "The brightness was changed elsewhere; here is the current value.", brightness());
    }
    s.setBrightness(level);
    store.flush();
    changed.fire(new SettingsChanged("brightness"));
    return brightness();
  }
}
