package dev.readout.model;

/** What an actor is. */
public enum ActorKind {
  PERSON,
  ORGANIZATION,
  GPE,
  /** Several actors spoken of together ("the two leaders") when they cannot be listed. */
  GROUP
}
