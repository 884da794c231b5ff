package loop.media.control.decode;

/**
 * A GIF Image Descriptor (GIF89a §20): where one image goes on the logical screen.
 *
 * @param left column of the image's left edge on the logical screen, 0–65535
 * @param top row of the image's top edge, 0–65535
 * @param width image width in pixels, 0–65535 (may reach past the logical screen)
 * @param height image height in pixels, 0–65535
 * @param interlaced rows come in the four passes of GIF89a Appendix E
 * @param minCodeSize the LZW minimum code size that opens the image data (§22), 2–8
 */
record ImageDescriptor(
    int left, int top, int width, int height, boolean interlaced, int minCodeSize) {}
