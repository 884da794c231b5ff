/**
 * The loop: which library items play, in which order, each with its own policy ({@code plays},
 * {@code min_seconds}).
 *
 * <p>Decisions: the loop as a whole has one revision row whose {@code @Version} every edit
 * forces up; clients send back the version they read and a stale edit is refused with 409 and
 * the current loop. Deleting media removes its entry in the same transaction (LOOP left ghosts).
 * A reorder names the complete new order (LOOP's semantics), but unknown slugs are refused
 * rather than silently dropped.
 */
package loop.playlist;
