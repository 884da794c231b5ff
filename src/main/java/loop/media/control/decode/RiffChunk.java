package loop.media.control.decode;

/**
 * One chunk of a RIFF file as the WebP container spec ("RIFF File Format") lays it out: a
 * four-character type, a 32-bit little-endian payload size, the payload, and a pad byte when the
 * size is odd.
 *
 * @param type the FourCC, e.g. {@code "VP8 "}, {@code "ANMF"}
 * @param offset where the payload starts in the file, in bytes
 * @param size the payload size in bytes, without the pad byte
 */
record RiffChunk(String type, long offset, long size) {

  /** Where the next chunk starts: after the payload and its pad byte. */
  long next() {
    return offset + size + (size & 1);
  }

  boolean is(String fourCc) {
    return type.equals(fourCc);
  }
}
