package loop.dashboard.control;

import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import loop.dashboard.entity.DashboardData;

/**
 * The dashboard snapshot as JSON bytes, rendered once per snapshot: a request only writes the
 * cached bytes with its own {@code status.timestamp} in between. With a 5 000-item library the
 * answer is about 200 KB (the complete loop of slugs), and serialising that anew for every poll
 * filled the small heap with garbage and full collections.
 */
public final class DashboardJson {

  /** Stands in for the request time while rendering; unique as {@code "timestamp":<it>}. */
  static final long PLACEHOLDER = Long.MIN_VALUE;

  private record Rendered(DashboardData source, byte[] head, byte[] tail) {}

  private final Jsonb jsonb;
  private volatile Rendered rendered;

  public DashboardJson(Jsonb jsonb) {
    this.jsonb = jsonb;
  }

  /** Writes {@code snapshot} stamped with {@code now}, rendering it first if it is new. */
  public void write(DashboardData snapshot, long now, OutputStream out) throws IOException {
    Rendered r = rendered;
    if (r == null || r.source() != snapshot) {
      r = render(snapshot);
      rendered = r;
    }
    out.write(r.head());
    out.write(Long.toString(now).getBytes(StandardCharsets.US_ASCII));
    out.write(r.tail());
  }

  Rendered render(DashboardData snapshot) {
    String json = jsonb.toJson(snapshot.at(PLACEHOLDER));
    String marker = "\"timestamp\":" + PLACEHOLDER;
    int at = json.indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException("the dashboard JSON has no status timestamp");
    }
    int value = at + marker.length() - Long.toString(PLACEHOLDER).length();
    return new Rendered(snapshot, json.substring(0, value).getBytes(StandardCharsets.UTF_8),
        json.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
  }
}
