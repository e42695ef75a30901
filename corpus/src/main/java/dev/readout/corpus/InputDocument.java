package dev.readout.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A document to analyse, as read from a file, a JSON Lines record or standard input.
 *
 * @param source where it came from ("dir/a.txt", "batch.jsonl:12", "-")
 * @param meta the input's other fields (date, title, url, issuer ...)
 */
public record InputDocument(String id, String text, Map<String, Object> meta, String source) {
  public InputDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }
}
