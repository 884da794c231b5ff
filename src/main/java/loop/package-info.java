/**
 * Loop: a looping display for a Raspberry Pi with an ILI9341 SPI panel, run from a phone.
 *
 * <p>Business components, each split into boundary (what HTTP and other components see),
 * control (the work) and entity (data and event records):
 *
 * <ul>
 *   <li>{@code media}: uploads, type detection, storage, the media index and conversion jobs.
 *   <li>{@code playlist}: the loop, its order and per-item policy.
 *   <li>{@code player}: what plays (active item, pause, loop mode).
 *   <li>{@code display}: the panel and its settings.
 *   <li>{@code system}: data directory, storage and memory figures, health, OS integration.
 *   <li>{@code dashboard}: the aggregated status the UI polls, cached until a change.
 *   <li>{@code web}: cross-cutting HTTP concerns only: the envelope, exception mappers, limits.
 * </ul>
 *
 * <p>Event flow: state changes happen in short transactions that fire past-tense CDI events
 * ({@code MediaDeleted}, {@code LoopChanged}, {@code PlayerStateChanged}, {@code SettingsChanged},
 * {@code JobProgressed}, {@code MediaImported}). Synchronous observers inside the transaction
 * keep dependent rows consistent (a deleted item leaves the loop; the active item stays inside
 * the loop); after-success observers drop caches, so readers only ever see committed state. The
 * events implement {@link loop.Change}, so a cache any of them makes stale observes one type.
 */
package loop;
