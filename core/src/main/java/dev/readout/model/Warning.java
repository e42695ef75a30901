package dev.readout.model;

import java.util.Objects;

/**
 * Something the pipeline did differently on part of a document, so that its results there may be weaker
 * (a sentence too long to parse whole, cut into pieces).
 *
 * @param kind a short machine-readable kind: {@value #LONG_SENTENCE}
 * @param begin first character of the part of the text concerned
 * @param end character after it
 * @param message one line for a person
 */
public record Warning(String kind, int begin, int end, String message) {
  /** A sentence over the token limit, analysed as pieces cut at clause boundaries. */
  public static final String LONG_SENTENCE = "long-sentence";

  public Warning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    new Span(begin, end);
  }
}
