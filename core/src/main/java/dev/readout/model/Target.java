package dev.readout.model;

import java.util.Objects;

/**
 * What a statement is about.
 *
 * @param text the target's words
 * @param actor the actor id when the target is an actor, else null
 */
public record Target(String text, String actor) {
  public Target {
    Objects.requireNonNull(text, "text");
  }
}
