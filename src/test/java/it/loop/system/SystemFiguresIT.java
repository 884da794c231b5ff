package it.loop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Deployments;
import it.loop.LoopIT;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Storage, memory and hardware figures as the UI polls them. */
class SystemFiguresIT extends LoopIT {

  @Test
  void storageSplitsUsedSpaceAndTheMediaShareFollowsUploads() {
    JsonObject before = api().get("/api/dashboard/storage").object();
    for (String key : new String[] {"total", "used", "free", "system", "app", "media"}) {
      assertTrue(before.getJsonNumber(key).longValue() >= 0, key);
    }
    assertEquals("bytes", before.getString("units"));

    api().uploadConverted("grow.gif", Deployments.unique("gif_anim_160x120_24f_40ms.gif"));

    long after = api().get("/api/dashboard/storage").object().getJsonNumber("media").longValue();
    assertTrue(after > before.getJsonNumber("media").longValue(), before + " then " + after);
  }

  @Test
  void memoryKeepsItsFieldsAndTellsTheLowMemoryMode() {
    JsonObject m = api().get("/api/dashboard/memory").data();

    for (String key : new String[] {"heap_used", "heap_max", "non_heap_used", "process_rss",
        "process_peak_rss", "device_total", "device_available", "heap_committed",
        "non_heap_committed", "open_packs", "conversion_workers"}) {
      assertTrue(m.containsKey(key), key + " in " + m);
    }
    assertTrue(m.getJsonNumber("process_rss").longValue() > 0, m.toString()); // Linux CI
    assertEquals("auto", m.getString("memory_mode"));
    // this machine has more than 600 MB: auto leaves low-memory mode off
    assertEquals(false, m.getBoolean("low_memory_mode"));
    assertEquals(4, m.getInt("open_packs"));
  }

  @Test
  void healthNamesTheBoardAndItsThrottleFlags() {
    JsonObject metrics = api().get("/api/poll/health").data().getJsonObject("metrics");

    assertTrue(metrics.containsKey("memory_percent") && metrics.containsKey("disk_free_gb"));
    JsonObject hardware = metrics.getJsonObject("hardware");
    assertTrue(!hardware.getString("model").isBlank());
    assertTrue(hardware.getJsonNumber("ram_total_mb").longValue() > 0);
    JsonObject throttling = metrics.getJsonObject("throttling");
    assertEquals(8, throttling.getJsonObject("flags").size(), throttling.toString());
    assertTrue(metrics.containsKey("low_memory_mode"));
  }
}
