package loop.system.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the old generation stays nearly full even right after a collection: the state in
 * which a JVM thrashes in GC without dying, and which only a restart cures.
 */
@Liveness
@ApplicationScoped
public class HeapLivenessCheck implements HealthCheck {

  @Inject
  @ConfigProperty(name = "loop.health.max-heap-after-gc-percent", defaultValue = "95")
  int maxPercent;

  @Override
  public HealthCheckResponse call() {
    MemoryUsage afterGc = oldGeneration();
    int percent = afterGc == null || afterGc.getMax() <= 0
        ? 0 : (int) (100 * afterGc.getUsed() / afterGc.getMax());
    return HealthCheckResponse.named("heap")
        .status(percent < maxPercent)
        .withData("old_gen_used_after_gc_percent", percent)
        .build();
  }

  /**
   * The old generation's usage after its last collection: the heap pool with the largest
   * maximum (eden and survivor spaces are routinely full and say nothing about health).
   */
  static MemoryUsage oldGeneration() {
    MemoryUsage best = null;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterGc != null
          && (best == null || afterGc.getMax() > best.getMax())) {
        best = afterGc;
      }
    }
    return best;
  }
}
