package loop.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import loop.dashboard.entity.DashboardData;
import loop.dashboard.entity.DeviceStatus;
import loop.media.entity.JobView;
import loop.player.entity.PlayerStatus;
import loop.web.JsonConfig;
import org.junit.jupiter.api.Test;

class DashboardJsonTest {

  final Jsonb jsonb = new JsonConfig().getContext(null);
  final DashboardJson cut = new DashboardJson(jsonb);

  static DashboardData snapshot(String name) {
    var job = new JobView("j1", "a_0123456789ab", name, "queued", 0, "queued", "Waiting", 17);
    return new DashboardData(
        new DeviceStatus("Loop", "running", 5, new PlayerStatus(true, null, 0, 0, 25, "all",
            false), null, null),
        List.of(), null, List.of("a_0123456789ab"), 5, Map.of("j1", job), 1, null);
  }

  String written(DashboardData d, long now) throws IOException {
    var out = new ByteArrayOutputStream();
    cut.write(d, now, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesWhatJsonbWritesWithTheRequestTime() throws IOException {
    DashboardData d = snapshot("\"timestamp\":-9223372036854775808 ☃.gif");
    assertEquals(jsonb.toJson(d.at(1795571698)), written(d, 1795571698));
    assertEquals(jsonb.toJson(d.at(1795571699)), written(d, 1795571699));
  }

  @Test
  void aNewSnapshotIsRenderedAnew() throws IOException {
    written(snapshot("one.gif"), 1);
    DashboardData next = snapshot("two.gif");
    assertEquals(jsonb.toJson(next.at(2)), written(next, 2));
  }
}
