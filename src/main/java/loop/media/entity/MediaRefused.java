package loop.media.entity;

/**
 * A file Loop will not convert, with the reason as a sentence for the user ("The GIF is
 * truncated: ..."). Thrown by decoders; the job ends in {@code error} with this message.
 */
public class MediaRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MediaRefused(String sentence) {
    super(sentence);
  }

  public MediaRefused(String sentence, Throwable cause) {
    super(sentence, cause);
  }
}
