package dev.readout.aggregate;

import dev.readout.model.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One speaker's stance toward one target over a corpus.
 *
 * @param speaker the corpus actor who spoke
 * @param kind whether the target is an actor or an issue
 * @param target the target as a person reads it: the corpus actor's label, or the issue's head phrase
 * @param targetActor the corpus actor the target is, for an actor row; null for an issue row
 * @param head the normalised head phrase an issue row is counted by ("ceasefire"); null for an actor row
 * @param acts how many of the statements are about an act of an actor ("Russia's war in Ukraine"), which counts
 *     both under the actor and under the act's head phrase
 * @param firstDate the earliest document date, or null when no document had one
 * @param lastDate the latest document date, or null when no document had one
 * @param documents how many documents hold at least one of the statements
 * @param examples a few of the statements, one of each stance first, in document order
 */
public record StanceRow(
    Actor speaker,
    TargetKind kind,
    String target,
    Actor targetActor,
    String head,
    int support,
    int oppose,
    int neutral,
    int acts,
    LocalDate firstDate,
    LocalDate lastDate,
    int documents,
    List<ExampleRef> examples) {
  public StanceRow {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    examples = List.copyOf(examples);
    if ((kind == TargetKind.ACTOR) != (targetActor != null) || (kind == TargetKind.ISSUE) != (head != null)) {
      throw new IllegalArgumentException("an actor row has a target actor and no head, an issue row a head and no actor");
    }
    if (support < 0 || oppose < 0 || neutral < 0 || documents < 1 || documents > support + oppose + neutral
        || acts < 0 || acts > support + oppose + neutral) {
      throw new IllegalArgumentException("bad counts " + support + "/" + oppose + "/" + neutral + " (" + acts + " acts) in " + documents + " documents");
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
