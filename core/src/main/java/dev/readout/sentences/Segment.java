package dev.readout.sentences;

import dev.readout.model.Span;
import java.util.Objects;

/**
 * A sentence or heading found by a {@link SentenceSplitter}, before analysis.
 *
 * @param section the heading in force, or null
 * @param heading true when the segment is a heading line
 */
public record Segment(Span span, String section, boolean heading) {
  public Segment {
    Objects.requireNonNull(span, "span");
  }
}
