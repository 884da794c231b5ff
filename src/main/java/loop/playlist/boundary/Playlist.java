package loop.playlist.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import loop.media.boundary.MediaLibrary;
import loop.media.entity.MediaDeleted;
import loop.media.entity.MediaFailed;
import loop.media.entity.MediaImported;
import loop.media.entity.MediaItem;
import loop.playlist.control.LoopStore;
import loop.playlist.entity.LoopChanged;
import loop.playlist.entity.LoopEntry;
import loop.playlist.entity.LoopRevision;
import loop.playlist.entity.LoopView;
import loop.web.ApiException;

/**
 * The loop: which items play and in what order, each with its policy. Every edit is one short
 * transaction that bumps the loop's revision; an edit that names an older revision than the
 * current one is refused with 409 and the current loop. Fires {@link LoopChanged}.
 */
@ApplicationScoped
@Transactional
public class Playlist {

  @Inject LoopStore store;
  @Inject MediaLibrary media;
  @Inject Event<LoopChanged> changed;

  public LoopView view() {
    LoopRevision revision = store.revision();
    List<LoopView.Entry> entries =
        store.inOrder().stream()
            .map(e -> new LoopView.Entry(e.getSlug(), e.getPosition(), e.getPlays(),
                e.getMinSeconds()))
            .toList();
    List<String> slugs = entries.stream().map(LoopView.Entry::slug).toList();
    return new LoopView(slugs, entries, revision.getVersion(), revision.getLastUpdated());
  }

  public List<String> slugs() {
    return store.inOrder().stream().map(LoopEntry::getSlug).toList();
  }

  /** Appends the item if it is not in the loop yet; 404 unknown, 409 failed item or stale. */
  public LoopView add(String slug, Integer expectedVersion) {
    checkVersion(expectedVersion);
    return enable(media.item(slug)) ? changed() : view();
  }

  /** Joins the item to the end of the loop in the caller's transaction; no-op if present. */
  public void ensure(String slug) {
    if (enable(media.item(slug))) {
      changed();
    }
  }

  /**
   * Makes the loop exactly {@code order}: every slug must exist and appear once; items left out
   * leave the loop; kept items keep their policy.
   */
  public LoopView reorder(List<String> order, Integer expectedVersion) {
    checkVersion(expectedVersion);
    Set<String> seen = new HashSet<>();
    for (String slug : order) {
      if (!seen.add(slug)) {
        throw ApiException.badRequest("'" + slug + "' appears twice in the new order.");
      }
      playable(media.item(slug));
    }
    for (LoopEntry e : store.inOrder()) {
      if (!seen.contains(e.getSlug())) {
        store.remove(e);
      }
    }
    store.flush();
    for (int i = 0; i < order.size(); i++) {
      String slug = order.get(i);
      int position = i;
      store.bySlug(slug).ifPresentOrElse(
          e -> e.setPosition(position), () -> store.add(new LoopEntry(slug, position)));
    }
    return changed();
  }

  /**
   * Takes the item out of the loop (it stays in the library); a no-op when it is not in the
   * loop (a double-tapped toggle must not fail); 404 only for an unknown item.
   */
  public LoopView remove(String slug, Integer expectedVersion) {
    checkVersion(expectedVersion);
    media.item(slug);
    Optional<LoopEntry> entry = store.bySlug(slug);
    if (entry.isEmpty()) {
      return view();
    }
    store.remove(entry.get());
    renumber();
    return changed();
  }

  /** Sets how often ({@code plays}) and how long at least ({@code minSeconds}) an item plays. */
  public LoopView policy(String slug, Integer plays, Integer minSeconds, Integer expectedVersion) {
    checkVersion(expectedVersion);
    media.item(slug);
    LoopEntry entry = store.bySlug(slug)
        .orElseThrow(() -> ApiException.notFound("'" + slug + "' is not in the loop."));
    entry.policy(plays, minSeconds);
    return changed();
  }

  /** A converted item joins the end of the loop, in the transaction that completes it. */
  void onImported(@Observes MediaImported imported) {
    if (imported.joinsLoop()) {
      ensure(imported.slug());
    }
  }

  /** An item that failed to convert never stays in the loop. */
  void onFailed(@Observes MediaFailed failed) {
    onDeleted(new MediaDeleted(failed.slug()));
  }

  /** A deleted item leaves the loop in the deleting transaction (LOOP kept ghosts: bug 7.1.1). */
  void onDeleted(@Observes MediaDeleted deleted) {
    store.bySlug(deleted.slug()).ifPresent(e -> {
      store.remove(e);
      renumber();
      changed();
    });
  }

  /** Appends the item unless present; true when the loop changed. */
  private boolean enable(MediaItem item) {
    playable(item);
    if (store.bySlug(item.getSlug()).isPresent()) {
      return false;
    }
    store.add(new LoopEntry(item.getSlug(), store.inOrder().size()));
    return true;
  }

  private static void playable(MediaItem item) {
    if (!item.playableLater()) {
      throw ApiException.conflict(
          "'" + item.getFilename() + "' cannot play: " + item.getError(), null);
    }
  }

  private void renumber() {
    store.flush();
    List<LoopEntry> entries = new ArrayList<>(store.inOrder());
    for (int i = 0; i < entries.size(); i++) {
      entries.get(i).setPosition(i);
    }
  }

  private void checkVersion(Integer expected) {
    if (expected != null && expected != store.revision().getVersion()) {
      throw ApiException.conflict(
          "The loop was changed elsewhere (you had version " + expected + "); here is the "
              + "current loop.", view());
    }
  }

  private LoopView changed() {
    store.bump(store.revision());
    LoopView view = view();
    changed.fire(new LoopChanged(view.loop()));
    return view;
  }
}
