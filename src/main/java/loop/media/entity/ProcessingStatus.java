package loop.media.entity;

/** Where an upload is on its way to a playable frame pack. Serialised lower-case, as LOOP did. */
public enum ProcessingStatus {
  /** The original is stored and a conversion job is queued. */
  UPLOADED,
  /** A worker is converting it now. */
  PROCESSING,
  /** The frame pack is written and the item can play. */
  COMPLETED,
  /** Conversion failed; {@code MediaItem.error} says why. Never enters the loop. */
  ERROR;

  /** The wire form: {@code uploaded|processing|completed|error}. */
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
