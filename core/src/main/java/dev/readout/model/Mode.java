package dev.readout.model;

/** How the words are reported. */
public enum Mode {
  /** Reported speech: "said that he wants ...". */
  INDIRECT,
  /** A quotation: "... ," the minister said. */
  DIRECT
}
