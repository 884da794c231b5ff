import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak of scripts/bench: for SECONDS, 20 clients poll GET /api/dashboard and GET
 * /api/poll/status, SSE clients listen on /api/events (events counted), 2 uploaders send the
 * fixtures (one multipart, one tus in chunks; each also deletes what it uploaded a while ago),
 * one editor reorders the loop and sends playback commands; the server's RSS is sampled from
 * /proc/PID/status. Prints per-route counts, 5xx, other errors, p50/p99/max, then the totals.
 * Run: java Soak.java URL SECONDS PID FIXTURE_DIR [SSE_CLIENTS]
 */
public class Soak {

  static final Pattern SLUG = Pattern.compile("\"slug\":\"([a-z0-9_.-]+)\"");
  static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
  static final Pattern LOOP = Pattern.compile("\"loop\":\\[([^\\]]*)\\]");

  record Sample(String route, int status, long nanos) {}

  static final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
  static final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
  static final AtomicLong sseEvents = new AtomicLong();
  static volatile boolean running = true;

  static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    int seconds = Integer.parseInt(args[1]);
    long pid = Long.parseLong(args[2]);
    Path fixtures = Path.of(args[3]);
    int sseClients = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(fixtures)) {
      s.filter(p -> p.getFileName().toString().matches("(gif|png|jpeg|webp|video)_.*"))
          .sorted().forEach(files::add);
    }
    ExecutorService pool = Executors.newCachedThreadPool();
    for (int i = 0; i < 20; i++) {
      int id = i;
      pool.execute(() -> poll(id));
    }
    for (int i = 0; i < sseClients; i++) {
      pool.execute(Soak::listen);
    }
    pool.execute(() -> uploadMultipart(files, new Random(1)));
    pool.execute(() -> uploadTus(files, new Random(2)));
    pool.execute(() -> edit(new Random(3)));
    long peakRss = 0;
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      peakRss = Math.max(peakRss, rssKb(pid));
      Thread.sleep(250);
    }
    running = false;
    pool.shutdownNow();
    pool.awaitTermination(15, TimeUnit.SECONDS);
    report(seconds, peakRss, hwmKb(pid), sseClients);
    System.exit(0);
  }

  static void poll(int id) {
    String[] routes = {"/api/dashboard", "/api/poll/status"};
    for (int i = id; running; i++) {
      get(routes[i % 2]);
      pause(50);
    }
  }

  static void listen() {
    while (running) {
      try {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/events"))
            .header("Accept", "text/event-stream").GET().build();
        HttpResponse<java.util.stream.Stream<String>> resp =
            http.send(r, HttpResponse.BodyHandlers.ofLines());
        resp.body().takeWhile(l -> running).filter(l -> l.startsWith("event:"))
            .forEach(l -> sseEvents.incrementAndGet());
      } catch (Exception e) {
        if (running) {
          fail("sse: " + e.getClass().getSimpleName());
          pause(500);
        }
      }
    }
  }

  static void uploadMultipart(List<Path> files, Random rnd) {
    List<String> mine = new ArrayList<>();
    while (running) {
      Path f = files.get(rnd.nextInt(files.size()));
      byte[] bytes = unique(f);
      String boundary = "soak-" + UUID.randomUUID();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; "
          + "filename=\"soak-" + f.getFileName() + "\"\r\nContent-Type: application/octet-stream"
          + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(bytes);
      body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      String answer = send("POST /api/media", HttpRequest.newBuilder(URI.create(base + "/api/media"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
      Matcher m = SLUG.matcher(answer == null ? "" : answer);
      if (m.find()) {
        mine.add(m.group(1));
      }
      forgetOld(mine);
      pause(300);
    }
  }

  static void uploadTus(List<Path> files, Random rnd) {
    List<String> mine = new ArrayList<>();
    while (running) {
      byte[] bytes = unique(files.get(rnd.nextInt(files.size())));
      String name = Base64.getEncoder().encodeToString(
          ("soak-tus-" + rnd.nextInt(1_000_000) + ".bin").getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> created = exchange("POST /api/uploads",
          HttpRequest.newBuilder(URI.create(base + "/api/uploads"))
              .header("Tus-Resumable", "1.0.0").header("Upload-Length", "" + bytes.length)
              .header("Upload-Metadata", "filename " + name)
              .POST(HttpRequest.BodyPublishers.noBody()));
      String location = created == null ? null
          : created.headers().firstValue("Location").orElse(null);
      if (location == null) {
        pause(500);
        continue;
      }
      String id = location.substring(location.lastIndexOf('/') + 1);
      int chunk = bytes.length / 3 + 1;
      String slug = null;
      for (int off = 0; off < bytes.length && running; off += chunk) {
        int n = Math.min(chunk, bytes.length - off);
        HttpResponse<String> r = exchange("PATCH /api/uploads/{id}",
            HttpRequest.newBuilder(URI.create(base + "/api/uploads/" + id))
                .header("Tus-Resumable", "1.0.0").header("Upload-Offset", "" + off)
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes, off, n)));
        if (r == null || r.statusCode() != 204) {
          break;
        }
        slug = r.headers().firstValue("Loop-Media-Slug").orElse(slug);
      }
      if (slug != null) {
        mine.add(slug);
      }
      forgetOld(mine);
      pause(300);
    }
  }

  /** Each uploader keeps its last 5 items and deletes older ones (deletes under load, too). */
  static void forgetOld(List<String> mine) {
    while (mine.size() > 5) {
      String slug = mine.remove(0);
      send("DELETE /api/media/{slug}", HttpRequest.newBuilder(URI.create(base + "/api/media/"
          + slug)).DELETE());
    }
  }

  static void edit(Random rnd) {
    String[] commands = {"/api/playback/next", "/api/playback/previous", "/api/playback/toggle",
        "/api/playback/toggle"};
    while (running) {
      String loop = get("/api/loop");
      Matcher v = VERSION.matcher(loop == null ? "" : loop);
      Matcher l = LOOP.matcher(loop == null ? "" : loop);
      if (v.find() && l.find() && !l.group(1).isBlank()) {
        List<String> order = new ArrayList<>(List.of(l.group(1).split(",")));
        java.util.Collections.shuffle(order, rnd);
        send("PUT /api/loop", HttpRequest.newBuilder(URI.create(base + "/api/loop"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(
                "{\"loop\":[" + String.join(",", order) + "],\"version\":" + v.group(1) + "}")));
        String slug = order.get(rnd.nextInt(order.size())).replace("\"", "");
        send("POST /api/media/{slug}/activate", HttpRequest.newBuilder(
            URI.create(base + "/api/media/" + slug + "/activate"))
            .POST(HttpRequest.BodyPublishers.noBody()));
      }
      String c = commands[rnd.nextInt(commands.length)];
      send("POST " + c, HttpRequest.newBuilder(URI.create(base + c))
          .POST(HttpRequest.BodyPublishers.noBody()));
      pause(200);
    }
  }

  static String get(String path) {
    return send("GET " + path, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  static String send(String route, HttpRequest.Builder b) {
    HttpResponse<String> r = exchange(route, b);
    return r == null ? null : r.body();
  }

  static HttpResponse<String> exchange(String route, HttpRequest.Builder b) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r =
          http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      samples.add(new Sample(route, r.statusCode(), System.nanoTime() - t0));
      return r;
    } catch (Exception e) {
      if (running) {
        fail(route + ": " + e.getClass().getSimpleName());
      }
      return null;
    }
  }

  static byte[] unique(Path f) {
    try {
      byte[] bytes = Files.readAllBytes(f);
      byte[] tail = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
      byte[] out = new byte[bytes.length + tail.length];
      System.arraycopy(bytes, 0, out, 0, bytes.length);
      System.arraycopy(tail, 0, out, bytes.length, tail.length);
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void fail(String what) {
    failures.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  static long rssKb(long pid) {
    return procField(pid, "VmRSS:");
  }

  static long hwmKb(long pid) {
    return procField(pid, "VmHWM:");
  }

  static long procField(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception e) {
      fail("rss sample");
    }
    return 0;
  }

  static void report(int seconds, long peakRssKb, long hwmKb, int sseClients) {
    Map<String, List<Sample>> byRoute = new java.util.TreeMap<>();
    samples.forEach(s -> byRoute.computeIfAbsent(s.route(), k -> new ArrayList<>()).add(s));
    long fiveXx = samples.stream().filter(s -> s.status() >= 500).count();
    System.out.printf("soak %d s: 20 pollers, %d SSE clients, 2 uploaders (multipart, tus), "
        + "1 loop/playback editor%n", seconds, sseClients);
    System.out.printf("%-34s %7s %5s %5s %5s %9s %9s %9s%n", "route", "count", "5xx", "4xx",
        "409", "p50 ms", "p99 ms", "max ms");
    byRoute.forEach((route, list) -> {
      long[] ns = list.stream().mapToLong(Sample::nanos).sorted().toArray();
      System.out.printf("%-34s %7d %5d %5d %5d %9.1f %9.1f %9.1f%n", route, list.size(),
          list.stream().filter(s -> s.status() >= 500).count(),
          list.stream().filter(s -> s.status() >= 400 && s.status() < 500 && s.status() != 409)
              .count(),
          list.stream().filter(s -> s.status() == 409).count(), q(ns, 0.50), q(ns, 0.99),
          ns[ns.length - 1] / 1e6);
    });
    long errors = failures.values().stream().mapToLong(AtomicLong::get).sum();
    System.out.printf("requests %d, 5xx %d, transport errors %d %s%n", samples.size(), fiveXx,
        errors, failures.isEmpty() ? "" : failures.toString());
    System.out.printf("SSE events received %d; server RSS peak during soak %d MB (VmHWM since "
        + "start %d MB)%n", sseEvents.get(), peakRssKb / 1024, hwmKb / 1024);
  }

  static double q(long[] sorted, double q) {
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(i, 0)] / 1e6;
  }
}
