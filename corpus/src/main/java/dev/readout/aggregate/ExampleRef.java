package dev.readout.aggregate;

import dev.readout.model.Stance;
import java.util.Objects;

/**
 * One example statement of a row, by document and statement id. Its text is kept by the aggregator that made the
 * table, at {@code position} (read it with {@link StanceAggregator#example(ExampleRef)}).
 */
public record ExampleRef(String document, String statement, Stance stance, long position) {
  public ExampleRef {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(stance, "stance");
  }

  /** "document#statement", as the CSV's example_ids lists it. */
  public String id() {
    return document + "#" + statement;
  }
}
