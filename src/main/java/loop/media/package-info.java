/**
 * The media library: uploads, what they are, where their bytes live, and the index rows and
 * conversion jobs that describe them.
 *
 * <p>Requirements: the type is decided by content (magic bytes), never the name; an upload streams
 * to a temp file while it is hashed and counted against the size cap, and only a complete, accepted
 * file is fsynced and atomically renamed; the index row is written after the file, in one short
 * transaction, so a crash leaves at most an orphan file that cleanup removes, never a row without
 * its file; refusals are sentences naming the reason.
 *
 * <p>Decisions: multipart bodies are parsed by our own streaming {@code MultipartReader}: the
 * JAX-RS runtime's parser lost parts whose file names were raw UTF-8 (what browsers send), and it
 * may buffer parts in memory. Slugs are {@code ascii-stem_12hex}, the hex over the content hash and
 * the display name, so the same bytes under the same name are the same item. A client's file name
 * (multipart or tus metadata) is data only: stored files are named by slug, and the display name
 * loses path parts, controls and bidi overrides before it is kept at all.
 *
 * <p>Full disk: {@code MediaStorage} reads free space in one place and compares it with {@code
 * loop.disk.min-free-mb} read afresh at every check (a {@code Provider}), at tus creation (with
 * the declared length), before and every 4 MB while a multipart file or tus chunk is written,
 * and on ENOSPC; the answer is 507, the temp file or the tus upload is removed. Reading the floor
 * per check lets an operator raise it without a restart, and lets the IT make the real volume
 * "full" through a Liberty config dropin instead of a test-only code path.
 *
 * <p>Decoding ({@code control.decode}): videos go through ffprobe (header facts and caps, before
 * decoding) and one niced ffmpeg process per file that applies the display matrix, scales and pads
 * (fit, in RGB so bars are black) or crops, and writes raw big-endian RGB565 frames, one per source
 * frame. Each frame's duration comes from presentation timestamps that ffmpeg logs in the same pass
 * (a marked {@code metadata} print, in µs): a frame lasts until the next one starts, the last one
 * until the stream's end; ends are rounded to whole ms, so 30 fps plays 33/34/33 ms and never
 * drifts. Any error ffmpeg logs refuses the file: a truncated MP4 would otherwise "succeed" with
 * half its frames. LOOP's frame ZIPs are checked from their central directory before anything is
 * inflated and read never past their declared sizes; desktop litter ({@code __MACOSX/}, {@code
 * .DS_Store}) is ignored, any other unexpected entry refused.
 *
 * <p>Crash safety: files are written temp → fsync → atomic rename → directory fsync before the
 * row that names them commits; deletes remove the row first, then the files. {@code
 * OwnershipLock} serialises the few moments that tie rows to files (register, delete, complete,
 * cleanup), taken outside any transaction. At start {@code Reconciler} (boundary, because it
 * imports finished tus uploads through the library) sweeps temp files, re-queues interrupted
 * jobs, checks every pack's header against its size and applies {@code Reconciliation}, a pure
 * decision over index facts and a directory listing; {@code PackVerifier} checks the full CRCs in
 * the background. The worker's transitions go through {@code JobTransitions}, whose
 * {@code @Retry} wraps each attempt's own transaction (Fault Tolerance's interceptor runs inside
 * {@code @Transactional}'s, so it cannot sit on {@code MediaIndex} itself).
 */
package loop.media;
