/**
 * The aggregated status the UI polls ({@code GET /api/dashboard}, LOOP's poll routes).
 *
 * <p>Decisions: one in-memory snapshot, dropped by every change event after its transaction
 * commits; no TTL (LOOP's 5–60 s TTLs showed stale state after auto-advance). A generation
 * counter keeps a snapshot that was being built while a change committed from being stored,
 * so the first read after any change sees it.
 */
package loop.dashboard;
