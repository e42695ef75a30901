package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A place in the text that refers to one or more actors: a name, a title ("the Minister"), a pronoun
 * ("he") or a group ("the two leaders").
 *
 * @param sentence index of the sentence
 * @param head token index (in the sentence) of the mention's head word
 * @param rule the actor sieve that made it and how ("he-she:previous-subject", a {@link Rule} id); null in
 *     documents written before mentions recorded it, and in gold
 */
public record ActorMention(
    int begin,
    int end,
    String text,
    int sentence,
    int head,
    MentionKind kind,
    List<String> actors,
    @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {
  public ActorMention {
    new Span(begin, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    actors = List.copyOf(actors);
  }

  /** A mention that records no rule (gold, hand-made documents). */
  public ActorMention(int begin, int end, String text, int sentence, int head, MentionKind kind, List<String> actors) {
    this(begin, end, text, sentence, head, kind, actors, null);
  }

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }

  /** How an actor is mentioned. */
  public enum MentionKind {
    NAME,
    TITLE,
    PRONOUN,
    GROUP
  }
}
