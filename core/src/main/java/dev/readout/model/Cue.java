package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/** The reporting cue of a statement ("said", "expressed concern", "called for") and its lemma. */
public record Cue(int begin, int end, String text, String lemma) {
  public Cue {
    new Span(begin, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
  }

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }
}
