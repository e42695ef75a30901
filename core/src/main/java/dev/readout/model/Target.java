package dev.readout.model;

import java.util.Objects;

/**
 * What a statement is about.
 *
 * @param text the target's words: the phrase as written, or the actor's name
 * @param actor the actor id when the target is an actor or an act of one ("Russia's attack"), else null
 * @param span where the phrase is in the text, or null when it is not one span of it
 * @param head what the target is about in a few words: for a prediction the lemmas of its core noun phrase, lower
 *     case, without determiners, possessors, vague adjectives and the speaker's own side ("brutal attack"), empty when
 *     the phrase names only the speaker's own side; in gold the words a right prediction holds, alternatives
 *     separated by "|" ("release|hostages"); null when not given
 * @param rule the target rule that found it, its frame and steps ("clause-object>light-verb", "call-addressee"),
 *     "gold" in gold, or null
 */
public record Target(String text, String actor, Span span, String head, String rule) {
  public Target {
    Objects.requireNonNull(text, "text");
  }

  /** A target known only by its words (and its actor). */
  public Target(String text, String actor) {
    this(text, actor, null, null, null);
  }
}
