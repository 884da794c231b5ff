/**
 * The media library: uploads, what they are, where their bytes live, and the index rows and
 * conversion jobs that describe them.
 *
 * <p>Requirements: the type is decided by content (magic bytes), never the name; an upload
 * streams to a temp file while it is hashed and counted against the size cap, and only a
 * complete, accepted file is fsynced and atomically renamed; the index row is written after
 * the file, in one short transaction, so a crash leaves at most an orphan file that cleanup
 * removes, never a row without its file; refusals are sentences naming the reason.
 *
 * <p>Decisions: multipart bodies are parsed by our own streaming {@code MultipartReader}: the
 * JAX-RS runtime's parser lost parts whose file names were raw UTF-8 (what browsers send), and
 * it may buffer parts in memory. Slugs are {@code ascii-stem_12hex}, the hex over the content
 * hash and the display name, so the same bytes under the same name are the same item.
 */
package loop.media;
