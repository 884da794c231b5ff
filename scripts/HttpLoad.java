import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded HTTP GET load for scripts/bench: CLIENTS threads each send REQUESTS requests to URL
 * (after a warm-up) and the latency percentiles are printed. Run: java HttpLoad.java URL CLIENTS
 * REQUESTS. Prints one line: clients, requests, errors, p50/p90/p99/max in ms, requests/s.
 */
public class HttpLoad {

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    int clients = Integer.parseInt(args[1]);
    int requests = Integer.parseInt(args[2]);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest get = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
    for (int i = 0; i < 200; i++) {
      http.send(get, HttpResponse.BodyHandlers.ofByteArray());
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Callable<long[]>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      work.add(() -> run(http, get, requests));
    }
    long start = System.nanoTime();
    List<long[]> results = new ArrayList<>();
    for (Future<long[]> f : pool.invokeAll(work)) {
      results.add(f.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] all = results.stream().flatMapToLong(Arrays::stream).filter(v -> v >= 0).sorted()
        .toArray();
    long errors = results.stream().flatMapToLong(Arrays::stream).filter(v -> v < 0).count();
    System.out.printf("clients=%d requests=%d errors=%d p50=%.2fms p90=%.2fms p99=%.2fms "
        + "max=%.2fms rps=%.0f%n", clients, all.length + errors, errors, ms(all, 0.50),
        ms(all, 0.90), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        (all.length + errors) / seconds);
  }

  static long[] run(HttpClient http, HttpRequest get, int n) {
    long[] latencies = new long[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        latencies[i] = r.statusCode() == 200 ? System.nanoTime() - t0 : -1;
      } catch (Exception e) {
        latencies[i] = -1;
      }
    }
    return latencies;
  }

  static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(i, 0)] / 1e6;
  }
}
