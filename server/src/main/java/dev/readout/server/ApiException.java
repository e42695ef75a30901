package dev.readout.server;

/**
 * A request the server answers with an error: the HTTP status and one line for the client, which the server writes
 * as {@code {"error": ..., "status": ...}}.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final Integer retryAfterSeconds;

  public ApiException(int status, String message) {
    this(status, message, null);
  }

  /** An error that tells the client when to try again ({@code Retry-After}, in seconds). */
  public ApiException(int status, String message, Integer retryAfterSeconds) {
    super(message);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  /** Seconds for {@code Retry-After}, when the client is to try again. */
  public java.util.OptionalInt retryAfterSeconds() {
    return retryAfterSeconds == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(retryAfterSeconds);
  }
}
