package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/** A span of the document together with its text. */
public record TextSpan(int begin, int end, String text) {
  public TextSpan {
    new Span(begin, end);
    Objects.requireNonNull(text, "text");
  }

  public static TextSpan of(String documentText, Span span) {
    return new TextSpan(span.begin(), span.end(), span.of(documentText));
  }

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }
}
