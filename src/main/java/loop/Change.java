package loop;

/**
 * A committed change to something the UI shows: the past-tense events of the components
 * ({@code MediaImported}, {@code MediaDeleted}, {@code MediaFailed}, {@code JobProgressed},
 * {@code LoopChanged}, {@code PlayerStateChanged}, {@code SettingsChanged}, {@code IndexRestored})
 * implement it, so a cache that any of them makes stale observes this one type.
 */
public interface Change {}
