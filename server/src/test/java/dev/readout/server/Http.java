package dev.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.pipeline.Pipeline;
import dev.readout.pipeline.Profile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client for the tests, and the one fast pipeline the module's tests share (built once per JVM). */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static Pipeline fast;

  private Http() {}

  /** The fast profile's pipeline: the server's behaviour does not depend on the profile. */
  static synchronized Pipeline fastPipeline() {
    if (fast == null) {
      fast = Pipeline.builder().profile(Profile.FAST).build();
    }
    return fast;
  }

  /** A server on a free localhost port, ready. */
  static ReadoutServer start(ServerOptions options, Pipeline pipeline) {
    ReadoutServer server = ReadoutServer.start(options.withPort(0), () -> pipeline);
    server.awaitReady();
    return server;
  }

  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  record Reply(int status, String body, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  static Reply get(ReadoutServer server, String path, String... headers) {
    return send(server, HttpRequest.newBuilder(uri(server, path)).GET(), headers);
  }

  static Reply post(ReadoutServer server, String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(server, path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(server, b, headers);
  }

  static Reply postText(ReadoutServer server, String text) {
    return post(server, "/v1/analyze", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  static URI uri(ReadoutServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static Reply send(ReadoutServer server, HttpRequest.Builder b, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
