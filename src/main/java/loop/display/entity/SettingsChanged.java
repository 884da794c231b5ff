package loop.display.entity;

import loop.Change;

/** A persisted device setting changed; {@code key} names it (e.g. {@code brightness}). */
public record SettingsChanged(String key) implements Change {}
