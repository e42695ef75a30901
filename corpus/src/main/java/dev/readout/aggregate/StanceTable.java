package dev.readout.aggregate;

import java.util.List;

/**
 * The corpus-level view: every (speaker, target) pair with its stance counts, most statements first. Actor rows
 * and issue rows are two views of the same statements: a statement about an act of an actor is in both.
 *
 * @param documents documents read
 * @param statements statements counted (with a stance and a usable target), each once whatever its rows
 * @param acts of those, the statements about an act of an actor, counted under the actor and under the issue
 * @param withoutTarget statements left out because they have no target
 * @param unusableTarget statements left out because their target names nothing once normalised: determiners or
 *     pronouns alone ("their"), light or attitude nouns alone ("the importance", "her commitment"), or the cue
 * @param withoutStance statements left out because they have no stance
 * @param undated documents without a usable {@code date} (YYYY-MM-DD) in their meta
 * @param actors corpus actors after merging, over all documents (speakers and targets)
 */
public record StanceTable(
    List<StanceRow> rows, int documents, int statements, int acts, int withoutTarget, int unusableTarget, int withoutStance,
    int undated, int actors) {
  public StanceTable {
    rows = List.copyOf(rows);
  }

  /** How many corpus actors speak in at least one row. */
  public long speakers() {
    return rows.stream().map(r -> r.speaker().id()).distinct().count();
  }

  /** The rows of one kind, most statements first. */
  public List<StanceRow> rows(TargetKind kind) {
    return rows.stream().filter(r -> r.kind() == kind).toList();
  }
}
