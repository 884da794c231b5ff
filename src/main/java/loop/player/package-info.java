/**
 * Playback state: the active item, pause, and loop mode, persisted so a power cut resumes where
 * it was. Keeps the active item inside the loop when the loop changes.
 *
 * <p>The playback engine (frame pacing, the render thread) arrives with the display drivers;
 * it will read this state through {@code Player} and react to {@code PlayerStateChanged}.
 */
package loop.player;
