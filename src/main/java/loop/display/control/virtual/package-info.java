/**
 * The display kept in memory: no hardware, for headless development, tests and the UI preview
 * (snapshot of what the panel would show).
 *
 * <p>Decisions: a single preallocated buffer under one lock rather than a double buffer (see {@code
 * VirtualSink}); brightness starts at 0 like a panel whose backlight comes on only when the display
 * facade applies the saved setting.
 */
package loop.display.control.virtual;
