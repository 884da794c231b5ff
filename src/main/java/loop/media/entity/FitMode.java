package loop.media.entity;

/** How a picture fills the frame: whole with black bars (default), or cropped to fill. */
public enum FitMode {
  FIT,
  CROP
}
