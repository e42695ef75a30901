package dev.readout.aggregate;

import java.util.List;

/**
 * The corpus-level view: every (speaker, target) pair with its stance counts, most statements first.
 *
 * @param documents documents read
 * @param statements statements counted (with a stance and a target)
 * @param withoutTarget statements left out because they have no target, or one of determiners alone ("their")
 * @param withoutStance statements left out because they have no stance
 * @param undated documents without a usable {@code date} (YYYY-MM-DD) in their meta
 * @param actors corpus actors after merging, over all documents (speakers and targets)
 */
public record StanceTable(
    List<StanceRow> rows, int documents, int statements, int withoutTarget, int withoutStance, int undated, int actors) {
  public StanceTable {
    rows = List.copyOf(rows);
  }

  /** How many corpus actors speak in at least one row. */
  public long speakers() {
    return rows.stream().map(r -> r.speaker().id()).distinct().count();
  }
}
