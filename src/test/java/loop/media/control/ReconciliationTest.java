package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import loop.media.entity.ProcessingStatus;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  static Reconciliation.Item completed(String slug) {
    return new Reconciliation.Item(slug, ProcessingStatus.COMPLETED, slug + ".gif",
        slug + "-fit.pack", slug + "-fit.pack", false);
  }

  static Reconciliation.Item waiting(String slug, ProcessingStatus status, boolean queued) {
    return new Reconciliation.Item(slug, status, slug + ".gif", null, slug + "-fit.pack", queued);
  }

  static Reconciliation.Disk disk(Set<String> originals, Set<String> packs, Set<String> broken,
      Set<String> thumbs) {
    return new Reconciliation.Disk(originals, packs, broken, thumbs);
  }

  @Test
  void aSoundCompletedItemNeedsNothing() {
    Reconciliation cut = Reconciliation.of(List.of(completed("a")),
        disk(Set.of("a.gif"), Set.of("a-fit.pack"), Set.of(), Set.of("a-fit.png")));

    assertTrue(cut.clean(), cut.toString());
  }

  @Test
  void aCompletedItemWhosePackIsMissingIsConvertedAgainFromItsOriginal() {
    Reconciliation cut = Reconciliation.of(List.of(completed("a")),
        disk(Set.of("a.gif"), Set.of(), Set.of(), Set.of("a-fit.png")));

    assertEquals(List.of("a"), cut.reconvert());
    assertEquals(Map.of(), cut.fail());
    assertEquals(List.of(), cut.orphanThumbs(), "the thumbnail is redrawn with the pack");
  }

  @Test
  void aBrokenPackIsDeletedAndItsItemConvertedAgain() {
    Reconciliation cut = Reconciliation.of(List.of(completed("a")),
        disk(Set.of("a.gif"), Set.of(), Set.of("a-fit.pack"), Set.of("a-fit.png")));

    assertEquals(List.of("a"), cut.reconvert());
    assertEquals(List.of("a-fit.pack"), cut.orphanPacks());
  }

  @Test
  void aCompletedItemWithNeitherPackNorOriginalFailsWithAReason() {
    Reconciliation cut = Reconciliation.of(List.of(completed("a")),
        disk(Set.of(), Set.of(), Set.of("a-fit.pack"), Set.of("a-fit.png")));

    assertEquals(List.of(), cut.reconvert());
    assertEquals(Reconciliation.FRAMES_LOST, cut.fail().get("a"));
    assertEquals(List.of("a-fit.pack"), cut.orphanPacks());
    assertEquals(List.of("a-fit.png"), cut.orphanThumbs());
  }

  @Test
  void aMissingThumbnailIsDrawnAgain() {
    Reconciliation cut = Reconciliation.of(List.of(completed("a")),
        disk(Set.of("a.gif"), Set.of("a-fit.pack"), Set.of(), Set.of()));

    assertEquals(List.of("a-fit.pack"), cut.thumbnails());
    assertEquals(List.of(), cut.reconvert());
  }

  @Test
  void aWaitingItemWhoseOriginalIsGoneFails() {
    Reconciliation cut = Reconciliation.of(
        List.of(waiting("a", ProcessingStatus.UPLOADED, true)),
        disk(Set.of(), Set.of(), Set.of(), Set.of()));

    assertEquals(Reconciliation.ORIGINAL_LOST, cut.fail().get("a"));
  }

  @Test
  void aWaitingItemWithoutAQueuedJobGetsOne() {
    Reconciliation cut = Reconciliation.of(
        List.of(waiting("a", ProcessingStatus.UPLOADED, false),
            waiting("b", ProcessingStatus.UPLOADED, true)),
        disk(Set.of("a.gif", "b.gif"), Set.of(), Set.of(), Set.of()));

    assertEquals(List.of("a"), cut.reconvert());
    assertEquals(Map.of(), cut.fail());
  }

  @Test
  void aPackWrittenBeforeTheCrashIsKeptForTheItemWhoseConversionItFinishes() {
    Reconciliation cut = Reconciliation.of(
        List.of(waiting("a", ProcessingStatus.UPLOADED, true)),
        disk(Set.of("a.gif"), Set.of("a-fit.pack"), Set.of(), Set.of("a-fit.png")));

    assertTrue(cut.clean(), cut.toString());
  }

  @Test
  void filesNoItemOwnsAreOrphansButAFailedItemKeepsItsOriginal() {
    Reconciliation.Item failed = new Reconciliation.Item("e", ProcessingStatus.ERROR, "e.gif",
        null, "e-fit.pack", false);
    Reconciliation cut = Reconciliation.of(List.of(completed("a"), failed),
        disk(Set.of("a.gif", "e.gif", "gone_0123456789ab.mp4"),
            Set.of("a-fit.pack", "e-fit.pack", "x-crop.pack"), Set.of(),
            Set.of("a-fit.png", "e-fit.png", "x-crop.png")));

    assertEquals(List.of("gone_0123456789ab.mp4"), cut.orphanOriginals());
    assertEquals(List.of("e-fit.pack", "x-crop.pack"), cut.orphanPacks());
    assertEquals(List.of("e-fit.png", "x-crop.png"), cut.orphanThumbs());
  }

  @Test
  void aPackSharedByTwoItemsStaysWhileOneOwnsIt() {
    Reconciliation.Item b = new Reconciliation.Item("b", ProcessingStatus.COMPLETED, "b.gif",
        "a-fit.pack", "a-fit.pack", false);
    Reconciliation cut = Reconciliation.of(List.of(b),
        disk(Set.of("b.gif"), Set.of("a-fit.pack"), Set.of(), Set.of("a-fit.png")));

    assertTrue(cut.clean(), cut.toString());
  }

  @Test
  void theFramesZipSentWithAnOriginalIsOwnedAndNeededToConvertAgain() {
    var paired = new Reconciliation.Item("a", ProcessingStatus.COMPLETED, "a.gif",
        "z-frames.pack", "z-frames.pack", false, "z.frames.zip");
    Reconciliation sound = Reconciliation.of(List.of(paired),
        disk(Set.of("a.gif", "z.frames.zip"), Set.of("z-frames.pack"), Set.of(),
            Set.of("z-frames.png")));
    assertTrue(sound.clean(), sound.toString());

    Reconciliation zipLost = Reconciliation.of(List.of(paired),
        disk(Set.of("a.gif"), Set.of(), Set.of(), Set.of()));
    assertEquals(List.of(), zipLost.reconvert(), "without its frames ZIP it cannot convert");
    assertEquals(Set.of("a"), zipLost.fail().keySet());
  }

  @Test
  void aConvertedItemBeingConvertedToAnotherFitOwnsBothPacks() {
    var refit = new Reconciliation.Item("a", ProcessingStatus.COMPLETED, "a.gif", "a-fit.pack",
        "a-crop.pack", true);
    Reconciliation cut = Reconciliation.of(List.of(refit),
        disk(Set.of("a.gif"), Set.of("a-fit.pack", "a-crop.pack"), Set.of(),
            Set.of("a-fit.png", "a-crop.png")));
    assertTrue(cut.clean(), cut.toString());
  }
}
