package dev.readout.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How a server runs.
 *
 * @param host the address to listen on ({@value #DEFAULT_HOST}: this machine only)
 * @param port the port; 0 takes a free one ({@link ReadoutServer#port()} tells which)
 * @param threads documents analysed at once
 * @param queue documents that may wait for a thread beyond those; more are answered 503
 * @param timeout from a document's admission to its result; later it is abandoned and answered 504
 * @param maxChars a longer text is answered 413
 * @param apiKey when not null, every request but {@code GET /} and {@code GET /v1/health} must carry it
 *     ({@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}); else 401
 */
public record ServerOptions(String host, int port, int threads, int queue, Duration timeout, int maxChars, String apiKey) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8800;
  public static final int DEFAULT_MAX_CHARS = 100_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (queue < 0) {
      throw new IllegalArgumentException("queue must be at least 0, not " + queue);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, not " + timeout);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("max chars must be at least 1, not " + maxChars);
    }
    if (apiKey != null && apiKey.isBlank()) {
      throw new IllegalArgumentException("the API key is empty");
    }
  }

  /** Localhost, port 8800, a thread per core, a queue of four per thread, 60 s, 100,000 characters, no key. */
  public static ServerOptions defaults() {
    int threads = Runtime.getRuntime().availableProcessors();
    return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, threads, 4 * threads, DEFAULT_TIMEOUT, DEFAULT_MAX_CHARS, null);
  }

  public ServerOptions withHost(String value) {
    return new ServerOptions(value, port, threads, queue, timeout, maxChars, apiKey);
  }

  public ServerOptions withPort(int value) {
    return new ServerOptions(host, value, threads, queue, timeout, maxChars, apiKey);
  }

  /** These threads, and a queue of four documents per thread. */
  public ServerOptions withThreads(int value) {
    return new ServerOptions(host, port, value, 4 * value, timeout, maxChars, apiKey);
  }

  public ServerOptions withQueue(int value) {
    return new ServerOptions(host, port, threads, value, timeout, maxChars, apiKey);
  }

  public ServerOptions withTimeout(Duration value) {
    return new ServerOptions(host, port, threads, queue, value, maxChars, apiKey);
  }

  public ServerOptions withMaxChars(int value) {
    return new ServerOptions(host, port, threads, queue, timeout, value, apiKey);
  }

  public ServerOptions withApiKey(String value) {
    return new ServerOptions(host, port, threads, queue, timeout, maxChars, value);
  }

  /** Not the key itself. */
  @Override
  public String toString() {
    return "ServerOptions[host=" + host + ", port=" + port + ", threads=" + threads + ", queue=" + queue + ", timeout=" + timeout
        + ", maxChars=" + maxChars + ", apiKey=" + (apiKey == null ? "none" : "set") + "]";
  }
}
