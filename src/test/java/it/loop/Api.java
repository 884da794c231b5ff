package it.loop;

import it.loop.contract.Contract;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A small HTTP client for the ITs: JSON in, parsed JSON out, every call bounded in time. Every
 * answer is checked against {@code openapi.yaml} ({@link Contract}): an undocumented status,
 * content type or body shape fails the IT that received it.
 */
public final class Api {

  /** One answer: status, raw body, the parsed JSON (null when the body is not JSON), headers. */
  public record Reply(int status, String body, JsonStructure json, HttpResponse<String> raw) {

    public JsonObject object() {
      return json.asJsonObject();
    }

    /** The envelope's {@code data} as an object. */
    public JsonObject data() {
      return object().getJsonObject("data");
    }

    public String message() {
      return object().getString("message");
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // as browsers speak plain http
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;

  public Api(URL deployment) {
    String b = deployment.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  public String base() {
    return base;
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Reply post(String path, String json) {
    return send(jsonBody(request(path), json).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String json) {
    return send(jsonBody(request(path), json).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply method(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /** Uploads files as {@code multipart/form-data}, each as a part named {@code files}. */
  public Reply upload(Object... nameThenBytes) {
    String boundary = "loop-it-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i < nameThenBytes.length; i += 2) {
      String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; "
          + "filename=\"" + nameThenBytes[i] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      body.writeBytes((byte[]) nameThenBytes[i + 1]);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request("/api/media")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Uploads one file and waits until its conversion finished (completed or error). */
  public jakarta.json.JsonObject uploadConverted(String name, byte[] bytes) {
    Reply up = upload(name, bytes);
    if (up.status() != 200) {
      throw new IllegalStateException(name + ": " + up.body());
    }
    return waitConverted(up.data().getString("slug"));
  }

  /** Polls the item until it is completed or failed (120 s at most: a video on a slow CI). */
  public jakarta.json.JsonObject waitConverted(String slug) {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      jakarta.json.JsonObject item = get("/api/media/" + slug).data();
      String status = item.getString("processing_status");
      if (status.equals("completed") || status.equals("error")) {
        return item;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(slug + " not converted within 120 s");
  }

  /** GET as bytes (frames, thumbnails). */
  public HttpResponse<byte[]> bytes(String path) {
    return bytes(request(path).GET());
  }

  /** A request built by the caller (extra headers), answered as bytes and checked likewise. */
  public HttpResponse<byte[]> bytes(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> r =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      String type = r.headers().firstValue("Content-Type").orElse("");
      check(r, type.contains("json") ? new String(r.body(), StandardCharsets.UTF_8)
          : (r.body().length == 0 ? "" : "(binary)"));
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  public Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      check(r, r.body());
      return new Reply(r.statusCode(), r.body(), parse(r.body()), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A streamed GET (Server-Sent Events): status and content type are checked, not the body. */
  public HttpResponse<java.util.stream.Stream<String>> lines(String path, String accept) {
    try {
      HttpResponse<java.util.stream.Stream<String>> r = http.sendAsync(
          HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build(),
          HttpResponse.BodyHandlers.ofLines()).get(10, java.util.concurrent.TimeUnit.SECONDS);
      check(r, r.statusCode() == 200 ? "" : String.join("\n", r.body().toList()));
      return r;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Holds the answer against the API contract (paths below this client's application root). */
  private void check(HttpResponse<?> r, String body) {
    String root = URI.create(base).getRawPath();
    String path = r.request().uri().getRawPath();
    if (!root.isEmpty() && path.startsWith(root)) {
      path = path.substring(root.length());
    }
    Contract.get().check(new Contract.Exchange(r.request().method(), path, r.statusCode(),
        r.headers().firstValue("Content-Type").orElse(null), body));
  }

  private static HttpRequest.Builder jsonBody(HttpRequest.Builder b, String json) {
    return b.header("Content-Type", "application/json");
  }

  static JsonStructure parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The strings of a JSON array, in order. */
  public static java.util.List<String> strings(JsonValue array) {
    return array.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
