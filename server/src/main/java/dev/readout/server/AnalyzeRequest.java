package dev.readout.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One document to analyse, read from a request body: {@code text/plain} (UTF-8) is the text itself, {@code
 * application/json} an object {@code {"id": ..., "text": ..., "meta": {...}}} where only {@code text} is required.
 * Reading stops as soon as the body is longer than the character limit could ever need, so a huge body costs no more
 * memory than a document at the limit.
 *
 * @param id the JSON's {@code id}, else the default id given
 */
public record AnalyzeRequest(String id, String text, Map<String, Object> meta) {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Room for the JSON around the text, beyond the text's own bytes. */
  private static final int JSON_OVERHEAD = 64 * 1024;

  public AnalyzeRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  /**
   * Reads the body.
   *
   * @param contentType the request's {@code Content-Type}, or null
   * @param contentLength the declared length, or -1 when not declared (chunked)
   * @throws ApiException 415 for another type or charset, 413 over {@code maxChars}, 400 for a body that is not UTF-8,
   *     bad JSON, or no text
   */
  public static AnalyzeRequest read(String contentType, long contentLength, InputStream body, int maxChars, String defaultId) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    boolean json = type.equals("application/json");
    if (!json && !type.equals("text/plain")) {
      throw new ApiException(415, type.isEmpty()
          ? "no Content-Type: send text/plain (UTF-8) or application/json"
          : "Content-Type " + type + " is not accepted: send text/plain (UTF-8) or application/json");
    }
    String charset = charset(contentType);
    if (charset != null && !charset.equals("utf-8") && !charset.equals("us-ascii")) {
      throw new ApiException(415, "charset " + charset + " is not accepted: send UTF-8");
    }
    // a character takes at most 3 UTF-8 bytes (a surrogate pair 4 for two); in JSON an escape takes at most 6
    long maxBytes = json ? 6L * maxChars + JSON_OVERHEAD : 3L * maxChars;
    if (contentLength > maxBytes) {
      drain(body);
      throw tooLarge(maxChars);
    }
    String raw = utf8(readAtMost(body, maxBytes, maxChars));
    String id = defaultId;
    String text;
    Map<String, Object> meta = Map.of();
    if (json) {
      JsonNode node;
      try {
        node = JSON.readTree(raw);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new ApiException(400, "bad JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
      }
      if (node == null || !node.isObject()) {
        throw new ApiException(400, "bad JSON: expected an object {\"id\", \"text\", \"meta\"}");
      }
      JsonNode t = node.get("text");
      if (t == null || t.isNull()) {
        throw new ApiException(400, "no text: the JSON object has no \"text\"");
      }
      if (!t.isTextual()) {
        throw new ApiException(400, "bad JSON: \"text\" must be a string");
      }
      text = t.textValue();
      JsonNode i = node.get("id");
      if (i != null && !i.isNull()) {
        if (!i.isTextual() || i.textValue().isBlank()) {
          throw new ApiException(400, "bad JSON: \"id\" must be a non-empty string");
        }
        id = i.textValue();
      }
      JsonNode m = node.get("meta");
      if (m != null && !m.isNull()) {
        if (!m.isObject()) {
          throw new ApiException(400, "bad JSON: \"meta\" must be an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> read = JSON.convertValue(m, LinkedHashMap.class);
        meta = read;
      }
    } else {
      text = raw;
    }
    if (text.isBlank()) {
      throw new ApiException(400, "no text: the body holds no text to analyse");
    }
    if (text.length() > maxChars) {
      throw tooLarge(maxChars);
    }
    return new AnalyzeRequest(id, text, meta);
  }

  private static ApiException tooLarge(int maxChars) {
    return new ApiException(413, "the text is over the limit of " + maxChars + " characters (--max-chars)");
  }

  /** The charset parameter of a content type, lower case, or null. */
  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        return kv[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static byte[] readAtMost(InputStream in, long maxBytes, int maxChars) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      if (bytes.length > maxBytes) {
        drain(in);
        throw tooLarge(maxChars);
      }
      return bytes;
    } catch (IOException e) {
      throw new ApiException(400, "the body could not be read: " + e.getMessage());
    }
  }

  /** What a refused body may still send, read and dropped, so that the client is reading when the answer comes. */
  private static final long DRAIN_LIMIT = 16L << 20;

  /**
   * Reads and drops the rest of a refused body, up to {@link #DRAIN_LIMIT} bytes: a client still sending its body
   * when the connection closes may lose the 413 (the connection is reset before it reads the answer). Memory stays
   * flat: the bytes are skipped a buffer at a time.
   */
  private static void drain(InputStream in) {
    try {
      long left = DRAIN_LIMIT;
      byte[] buffer = new byte[8192];
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing is left to answer
    }
  }

  private static String utf8(byte[] bytes) {
    return dev.readout.corpus.DocumentReader.decodeUtf8(bytes).orElseThrow(() -> new ApiException(400, "the body is not UTF-8 text"));
  }
}
