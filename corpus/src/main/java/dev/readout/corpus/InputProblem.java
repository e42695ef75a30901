package dev.readout.corpus;

import java.util.Objects;

/**
 * An input that could not be read as a document.
 *
 * @param id the document's id when known (a file's name without extension), else the source
 * @param kind a short machine-readable kind: missing, unreadable, empty, binary, encoding, json, too-large
 */
public record InputProblem(String id, String source, String kind, String message) {
  public InputProblem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** One line for a person: "source: message". */
  public String describe() {
    return source + ": " + message;
  }
}
