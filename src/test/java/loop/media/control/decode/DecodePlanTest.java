package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.imageio.ImageReadParam;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecodePlanTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final Geometry PORTRAIT = new Geometry(240, 320);

  @ParameterizedTest
  @CsvSource({
    "6000, 4000, 10, 600, 400",
    "8000, 6000, 13, 616, 462",
    "640,  480,  1,  640, 480",
    "1000, 100,  2,  500, 50",
    "8,    8,    1,  8,   8",
    "65000, 700, 102, 638, 7",
  })
  void fitDecodesTheWholePictureAtTheSmallestStepWithinTwiceTheShownSize(int w, int h,
      int step, int decodedW, int decodedH) {
    // when
    DecodePlan cut = DecodePlan.of(w, h, ExifOrientation.NORMAL, LANDSCAPE, FitMode.FIT);

    // then
    assertEquals(step, cut.subsampling());
    assertEquals(new DecodePlan(step, 0, 0, w, h), cut);
    assertEquals(decodedW, cut.decodedWidth());
    assertEquals(decodedH, cut.decodedHeight());
    double shown = Math.min(320.0 / w, 240.0 / h) * w;
    assertTrue(decodedW >= Math.min(w, shown - 1) && decodedW <= 2 * shown + 1,
        "decoded " + decodedW + " for shown " + shown);
  }

  @Test
  void aTurnedPictureIsPlannedInStoredAxes() {
    // given a 6000×4000 stored picture displayed turned (4000×6000, portrait)

    // when
    DecodePlan cut = DecodePlan.of(6000, 4000, ExifOrientation.ROTATE_90_CW, PORTRAIT,
        FitMode.FIT);

    // then
    assertEquals(new DecodePlan(10, 0, 0, 6000, 4000), cut);
  }

  @Test
  void cropDecodesOnlyTheCentredWindowTheFrameShows() {
    // given a 10:1 picture cropped to fill 320×240: scale 2.4, window 134×100

    // when
    DecodePlan cut = DecodePlan.of(1000, 100, ExifOrientation.NORMAL, LANDSCAPE, FitMode.CROP);

    // then
    assertEquals(new DecodePlan(1, 433, 0, 134, 100), cut);
  }

  @Test
  void cropOfATurnedPictureTakesTheWindowInStoredAxes() {
    // given stored 100×1000, displayed 1000×100

    // when
    DecodePlan cut = DecodePlan.of(100, 1000, ExifOrientation.ROTATE_90_CCW, LANDSCAPE,
        FitMode.CROP);

    // then
    assertEquals(new DecodePlan(1, 0, 433, 100, 134), cut);
  }

  @Test
  void cropOfALargePhotoSubsamplesItsWindow() {
    // given 8000×2000 (4:1) cropped to 4:3: scale 0.12, window 2667×2000

    // when
    DecodePlan cut = DecodePlan.of(8000, 2000, ExifOrientation.NORMAL, LANDSCAPE, FitMode.CROP);

    // then
    assertEquals(new DecodePlan(5, 2666, 0, 2667, 2000), cut);
    assertEquals(534, cut.decodedWidth());
    assertEquals(400, cut.decodedHeight());
  }

  @Test
  void thePlanSetsRegionAndSubsamplingOnTheReadParameters() {
    DecodePlan cut = new DecodePlan(3, 10, 20, 300, 200);

    ImageReadParam param = cut.applyTo(new ImageReadParam());

    assertEquals(3, param.getSourceXSubsampling());
    assertEquals(3, param.getSourceYSubsampling());
    assertEquals(new java.awt.Rectangle(10, 20, 300, 200), param.getSourceRegion());
  }
}
