package loop.media.entity;

import java.util.List;

/**
 * One page of the library, newest first, and the opaque cursor of the next page (null on the
 * last page). The cursor names the last item shown, so items added meanwhile never shift a page.
 */
public record MediaPage(List<MediaSummary> media, String nextCursor) {}
