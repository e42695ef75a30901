package dev.readout.model;

/** The speaker's stance toward what a statement is about. */
public enum Stance {
  SUPPORT,
  OPPOSE,
  NEUTRAL
}
