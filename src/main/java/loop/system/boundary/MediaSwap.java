package loop.system.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import loop.system.control.ArchiveFiles;
import loop.web.ApiException;

/**
 * Swaps the staged media directories in by renames (live to {@code old/}, staged to live) around
 * one more step (the index restore); when that step or a rename fails, every rename done is
 * undone in reverse, so the live directories are as they were.
 */
class MediaSwap {

  /** The step run once the directories are swapped. */
  interface Step {
    long[] run() throws Exception;
  }

  private final Path media;
  private final Path staging;
  private final boolean originals;
  private final Deque<Path[]> done = new ArrayDeque<>();

  MediaSwap(Path media, Path staging, boolean originals) {
    this.media = media;
    this.staging = staging;
    this.originals = originals;
  }

  long[] run(Step step) {
    try {
      for (String dir : Backups.MEDIA) {
        if (originals || !dir.equals("originals")) {
          swap(dir);
        }
      }
      return step.run();
    } catch (Exception e) {
      Restores.logged("restore failed; putting the previous data back", e);
      undo();
      throw new ApiException(500, "The restore failed and the previous data was kept: "
          + e.getMessage(), null, null);
    }
  }

  private void swap(String dir) throws IOException {
    Path live = media.resolve(dir);
    Path old = staging.resolve("old").resolve(dir);
    Path staged = Files.createDirectories(staging.resolve("new/media").resolve(dir));
    if (Files.exists(live)) {
      ArchiveFiles.rename(live, old);
      done.push(new Path[] {live, old});
    }
    ArchiveFiles.rename(staged, live);
    done.push(new Path[] {staged, live});
  }

  private void undo() {
    boolean complete = true;
    while (!done.isEmpty()) {
      Path[] move = done.pop();
      try {
        ArchiveFiles.rename(move[1], move[0]);
      } catch (IOException e) {
        complete = false;
        Restores.logged("could not move " + move[1] + " back to " + move[0], e);
      }
    }
    if (!complete) { // the previous files may be only in staging/old: never let them be deleted
      Path rescue = staging.resolveSibling("restore-rescue-" + System.currentTimeMillis());
      try {
        ArchiveFiles.rename(staging, rescue);
        Restores.logged("the previous media files are kept in " + rescue, null);
      } catch (IOException e) {
        Restores.logged("could not keep " + staging + " aside; do not delete it", e);
      }
    }
  }
}
