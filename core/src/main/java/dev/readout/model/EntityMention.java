package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A named entity in the text.
 *
 * @param canonical the gazetteer's canonical name when known ("U.S." gives "United States"), else null
 * @param actor the id of the actor it refers to, or null
 * @param source which recognizer found it ("corenlp", "gazetteer", "pattern")
 */
public record EntityMention(
    int begin, int end, String text, EntityType type, String canonical, String actor, String source) {
  public EntityMention {
    new Span(begin, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }

  public EntityMention withActor(String actorId) {
    return new EntityMention(begin, end, text, type, canonical, actorId, source);
  }
}
