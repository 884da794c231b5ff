/**
 * The display and its settings. For now the persisted brightness (LOOP kept it in a JSON file
 * and wrote it back on every change); the {@code FrameSink} seam and its drivers come next.
 */
package loop.display;
