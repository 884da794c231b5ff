package loop.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import loop.media.control.pack.FramePack;
import loop.system.boundary.MemoryMode;

/**
 * The few frame packs opened most recently, so playback and the frame route reuse one mapping
 * per pack instead of mapping it again on every request (mappings are released only by GC).
 * Bounded by count (fewer in low-memory mode); a pack is dropped when its item goes.
 */
@ApplicationScoped
public class OpenPacks {

  static final int CAPACITY = 4;

  @Inject MemoryMode memory;

  /** Packs kept mapped: {@link #CAPACITY}, fewer in low-memory mode. */
  int capacity = CAPACITY;

  private final Map<Path, FramePack> open = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Path, FramePack> eldest) {
      return size() > capacity;
    }
  };

  @PostConstruct
  void size() {
    if (memory != null) {
      capacity = memory.openPacks();
    }
  }

  /** The pack at {@code path}, opened once and reused while it stays among the recent ones. */
  public synchronized FramePack open(Path path) throws IOException {
    FramePack pack = open.get(path);
    if (pack == null) {
      pack = FramePack.open(path);
      open.put(path, pack);
    }
    return pack;
  }

  /** Forgets a pack (its file is about to be deleted or replaced). */
  public synchronized void forget(Path path) {
    open.remove(path);
  }

  /** Forgets every pack (the packs directory was replaced by a restore). */
  public synchronized void clear() {
    open.clear();
  }
}
