/**
 * The display as a Linux framebuffer ({@code /dev/fbN}): an ILI9341 driven by the kernel's fbtft
 * driver, or HDMI. For when the panel is owned by the kernel rather than by Pi4J.
 *
 * <p>Requirements: geometry and pixel format come from {@code /sys/class/graphics/fbN} ({@code
 * virtual_size}, {@code bits_per_pixel}, {@code stride}), with both that root and the device path
 * injectable so tests run on a temp file and a fake sysfs tree; frames are written without
 * per-frame allocation; every pixel is byte-exact for 16, 24 and 32 bpp.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Pixel formats: 16 bpp is little-endian RGB565 (our frames are big-endian: bytes swapped);
 *       24 bpp is B, G, R; 32 bpp is XRGB8888 as B, G, R, FFh. sysfs does not say where the
 *       channels are, so these are the layouts the Pi's drivers use; 5/6-bit channels widen to 8
 *       bits by repeating their top bits (white stays FFh).
 *   <li>Placement: centred, black around. A frame that does not fit but fits turned (portrait on a
 *       320×240 fbtft panel) is turned a quarter turn, for the device turned clockwise, as the
 *       ILI9341 sink does; on a large screen (HDMI) it is centred upright, since a monitor is not
 *       turned with the content. Larger either way: centred and cropped.
 *   <li>Writes: one row buffer, reused; a positioned write per row of the picture, not per frame of
 *       the screen; the whole framebuffer is blanked only when the placement changes. Positioned
 *       writes rather than {@code mmap}: they work the same on a test file and on {@code /dev/fbN},
 *       and a 320×240 frame is only 240 writes.
 *   <li>Assumed unpanned ({@code yoffset} 0), as the Pi's drivers leave it. No backlight control.
 * </ul>
 */
package loop.display.control.framebuffer;
