/**
 * The ILI9341 SPI panel (LOOP's Waveshare 2.4" module): the only package that imports Pi4J.
 *
 * <p>Protocol and wiring are apart, as in the Pi4J examples and diozero. {@code Ili9341} is the
 * datasheet: command codes, LOOP's power-up table as data, Memory Access Control per frame shape,
 * address window, Memory Write; it talks to the port {@code Ili9341Bus} (command with D/CX low,
 * data with D/CX high, RESX, pause) and is tested against a recording fake. {@code Ili9341Sink} is
 * the wiring: it receives the application's Pi4J {@code Context} (never creates or shuts it down),
 * creates the SPI device, D/CX, RESX and backlight I/Os from an {@code Ili9341Wiring}, and releases
 * exactly those on close. Its tests run on Pi4J's MockPlatform and compare every transfer, with the
 * D/CX level it went out under, to hand-written golden files.
 *
 * <p>Requirements: the configured SPI speed reaches the SPI device (LOOP never passed it: it ran at
 * 40 MHz whatever the config said); frames go out in transfers of at most {@code maxTransfer} bytes
 * straight from the caller's buffer, with no per-frame allocation; a landscape 320×240 and a
 * portrait 240×320 frame are both upright; close leaves the panel dark.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Orientation. {@code rotation} is how far the panel is turned clockwise from its native
 *       portrait position, as in LOOP's config (default 270, landscape). A frame of the mounting's
 *       shape uses the mounting's MADCTL; the other shape is shown for the device turned a further
 *       quarter turn clockwise: on LOOP's mounting, landscape gets 68h and portrait 08h (the
 *       panel's native addressing, Waveshare's own portrait value). MADCTL is only sent when it
 *       changes. LOOP's values for 0/90/180 are Adafruit's for SS=0 and would show mirror images
 *       under LOOP's SS=1 init; ours keep their top edge and drop the mirror (see {@code Ili9341}).
 *       Not checked on hardware: the direction of the quarter turn for portrait.
 *   <li>Init. LOOP's bytes unchanged, one SPI transfer per command instead of one per byte; 120 ms
 *       after the reset pulse instead of 10, as the datasheet's reset timing asks before Sleep Out.
 *   <li>Transfers. spidev refuses a transfer above its {@code bufsiz} (4096 by default; raise with
 *       {@code spidev.bufsiz=65536} on the kernel command line, then raise {@code maxTransfer}).
 *       Pi4J 2.8's linuxfs SPI then logs and returns 0 instead of throwing, so every write's count
 *       is checked. Pi4J's {@code Spi} only takes {@code byte[]} (its {@code ByteBuffer} overloads
 *       call {@code array()}): heap frames go from their own array, direct and mapped ones through
 *       one chunk array. linuxfs still copies each transfer into native memory it allocates per
 *       call; that is inside Pi4J.
 *   <li>Speed. 40 MHz by default, LOOP's real figure: 1,228,800 bits a frame, 31 ms. 64 MHz works
 *       on short wires. The Pi divides its core clock by an even number, so SCLK is at or below the
 *       request.
 *   <li>Backlight. Hardware PWM (linuxfs, {@code dtoverlay=pwm}: GPIO 18 is channel 0) at the
 *       configured frequency, duty = brightness. Where that cannot be had it is a switched GPIO and
 *       a warning says why. Pi4J 2.8 keeps one address space for all I/O types (fixed in 3.x,
 *       pi4j#484) and SPI registers its chip select as address, so SPI CE0 and PWM channel 0 cannot
 *       both exist in one context: LOOP's wiring (CE0, backlight on 18) gets a switched backlight
 *       under Pi4J 2.8. A backlight on GPIO 13 or 19 (channel 1) dims.
 *   <li>Close. Backlight off, frame memory black, I/Os released (RESX high, D/CX low). No Display
 *       OFF or Sleep In: the TN panel is normally white, so with a backlight that cannot be
 *       switched off, black frame memory is the dark state.
 *   <li>Errors. Pi4J's unchecked exceptions leave the sink as {@link java.io.IOException}; wrong
 *       sizes and ranges are {@link IllegalArgumentException}s naming the valid range.
 * </ul>
 */
package loop.display.control.ili9341;
