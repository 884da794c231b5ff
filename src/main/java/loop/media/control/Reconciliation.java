package loop.media.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import loop.media.entity.ProcessingStatus;

/**
 * What the start-up reconciliation of the index with the disk decides, from the index rows and a
 * listing of the media directories alone (no I/O here, so every decision is unit-tested):
 *
 * <ul>
 *   <li>a completed item whose pack is missing or broken is converted again when its original is
 *       there, else it fails with a reason: it never plays half;
 *   <li>a completed item whose thumbnail is missing gets it drawn again from its pack;
 *   <li>an item still waiting for conversion whose original is gone fails with a reason; one
 *       with no queued job gets one;
 *   <li>originals, packs and thumbnails no item owns are orphans (a pack is owned by the items
 *       that play it and by those whose conversion will produce it); a broken pack is deleted
 *       so the conversion writes it anew.
 * </ul>
 *
 * @param reconvert slugs to convert again (their pack is gone or broken, their original is there)
 * @param fail slug → the sentence the user sees
 * @param thumbnails pack names whose thumbnail is drawn again
 * @param orphanOriginals file names in the originals directory to delete
 * @param orphanPacks file names in the packs directory to delete
 * @param orphanThumbs file names in the thumbnails directory to delete
 */
public record Reconciliation(
    List<String> reconvert,
    Map<String, String> fail,
    List<String> thumbnails,
    List<String> orphanOriginals,
    List<String> orphanPacks,
    List<String> orphanThumbs) {

  /**
   * What the index says about one item. {@code queued}: it has an unfinished job (a converted
   * item with one is being converted again with another fit). {@code framesSource}: the frames
   * ZIP sent with its original, read instead of it; null for most items.
   */
  public record Item(String slug, ProcessingStatus status, String storedName, String packName,
      String contentPack, boolean queued, String framesSource) {

    public Item(String slug, ProcessingStatus status, String storedName, String packName,
        String contentPack, boolean queued) {
      this(slug, status, storedName, packName, contentPack, queued, null);
    }
  }

  /**
   * The media directories: file names present, and the packs among them that failed the check
   * (header, size or CRC).
   */
  public record Disk(Set<String> originals, Set<String> packs, Set<String> brokenPacks,
      Set<String> thumbs) {}

  static final String FRAMES_LOST =
      "Its frames were lost (the device stopped while they were written, or the card is "
          + "damaged) and its original is gone too; upload it again.";
  static final String ORIGINAL_LOST =
      "The uploaded file was lost before it was converted; upload it again.";

  /** The thumbnail's file name for a pack's. */
  public static String thumbnailOf(String packName) {
    return packName.replace(".pack", ".png");
  }

  public static Reconciliation of(List<Item> items, Disk disk) {
    List<String> reconvert = new ArrayList<>();
    Map<String, String> fail = new LinkedHashMap<>();
    List<String> thumbnails = new ArrayList<>();
    Set<String> ownedOriginals = new HashSet<>();
    Set<String> ownedPacks = new HashSet<>();
    for (Item item : items) {
      boolean original = item.storedName() != null && disk.originals().contains(item.storedName())
          && (item.framesSource() == null || disk.originals().contains(item.framesSource()));
      if (item.storedName() != null) {
        ownedOriginals.add(item.storedName());
      }
      if (item.framesSource() != null) {
        ownedOriginals.add(item.framesSource());
      }
      switch (item.status()) {
        case COMPLETED -> {
          String pack = item.packName();
          boolean sound = pack != null && disk.packs().contains(pack)
              && !disk.brokenPacks().contains(pack);
          if (sound) {
            ownedPacks.add(pack);
            if (item.queued()) {
              ownedPacks.add(item.contentPack()); // the pack of the fit it is converting to
            }
            if (!disk.thumbs().contains(thumbnailOf(pack))) {
              thumbnails.add(pack);
            }
          } else if (original) {
            reconvert.add(item.slug());
            ownedPacks.add(item.contentPack());
          } else {
            fail.put(item.slug(), FRAMES_LOST);
          }
        }
        case UPLOADED, PROCESSING -> {
          if (!original) {
            fail.put(item.slug(), ORIGINAL_LOST);
          } else {
            ownedPacks.add(item.contentPack());
            if (!item.queued()) {
              reconvert.add(item.slug());
            }
          }
        }
        case ERROR -> {
          // keeps its original (to download or upload again) and owns no pack
        }
      }
    }
    Set<String> packsOnDisk = new HashSet<>(disk.packs());
    packsOnDisk.addAll(disk.brokenPacks());
    ownedPacks.removeAll(disk.brokenPacks()); // deleted, so a conversion writes it anew
    Set<String> ownedThumbs = new HashSet<>();
    ownedPacks.forEach(p -> ownedThumbs.add(thumbnailOf(p)));
    return new Reconciliation(reconvert, fail, thumbnails,
        sortedMinus(disk.originals(), ownedOriginals), sortedMinus(packsOnDisk, ownedPacks),
        sortedMinus(disk.thumbs(), ownedThumbs));
  }

  private static List<String> sortedMinus(Set<String> all, Set<String> owned) {
    return all.stream().filter(n -> !owned.contains(n)).sorted().toList();
  }

  /** True when nothing needs doing. */
  public boolean clean() {
    return reconvert.isEmpty() && fail.isEmpty() && thumbnails.isEmpty()
        && orphanOriginals.isEmpty() && orphanPacks.isEmpty() && orphanThumbs.isEmpty();
  }
}
