package dev.readout.aggregate;

import dev.readout.model.Actor;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One speaker's stance toward one target over a corpus.
 *
 * @param speaker the corpus actor who spoke
 * @param target the target as a person reads it: the corpus actor's label, or the target's most used words
 * @param targetActor the corpus actor the target is, or null for a target that is not an actor
 * @param firstDate the earliest document date, or null when no document had one
 * @param lastDate the latest document date, or null when no document had one
 * @param documents how many documents hold at least one of the statements
 */
public record StanceRow(
    Actor speaker,
    String target,
    Actor targetActor,
    int support,
    int oppose,
    int neutral,
    LocalDate firstDate,
    LocalDate lastDate,
    int documents) {
  public StanceRow {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(target, "target");
    if (support < 0 || oppose < 0 || neutral < 0 || documents < 1 || documents > support + oppose + neutral) {
      throw new IllegalArgumentException("bad counts " + support + "/" + oppose + "/" + neutral + " in " + documents + " documents");
    }
    if (firstDate != null && lastDate != null && lastDate.isBefore(firstDate)) {
      throw new IllegalArgumentException("last date " + lastDate + " before first date " + firstDate);
    }
  }

  public int total() {
    return support + oppose + neutral;
  }

  /** (SUPPORT − OPPOSE) / total, in [−1, 1]. */
  public double netStance() {
    return (support - oppose) / (double) total();
  }
}
