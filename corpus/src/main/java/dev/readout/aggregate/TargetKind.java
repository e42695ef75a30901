package dev.readout.aggregate;

import java.util.Locale;

/** What a row's target is: an actor ("who opposes whom") or an issue, counted by its head phrase ("who supports what"). */
public enum TargetKind {
  /** A corpus actor: the target is the actor, or an act of it ("Russia's war in Ukraine" is about Russia). */
  ACTOR,
  /** A normalised head phrase ("ceasefire", "release", "war"). */
  ISSUE;

  /** "actor" or "issue", as the CSV and the page write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
