/**
 * The display and its settings: the persisted brightness (LOOP kept it in a JSON file and wrote
 * it back on every change) and the hardware seam {@code control.FrameSink} with its drivers.
 *
 * <p>Drivers, one package each under {@code control}: {@code ili9341} (the SPI panel through
 * Pi4J, the only package that imports Pi4J), {@code framebuffer} ({@code /dev/fbN}, when the
 * kernel owns the panel) and {@code virtual} (memory: headless runs, tests, the UI preview). Each
 * is a plain class that can be built without CDI; choosing one by configuration comes with the
 * display facade.
 */
package loop.display;
