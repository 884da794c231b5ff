package loop.media.entity;

import loop.Change;

/**
 * A media item is in the library and playable: its frame pack is complete.
 *
 * @param slug the item
 * @param joinsLoop true for a new item (it joins the end of the loop); false when an item that
 *     already played got a new pack (another fit): its place in the loop, or its absence, stays
 */
public record MediaImported(String slug, boolean joinsLoop) implements Change {

  public MediaImported(String slug) {
    this(slug, true);
  }
}
