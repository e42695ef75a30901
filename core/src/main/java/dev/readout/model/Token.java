package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One token of a sentence with its tags and its dependency arc.
 *
 * @param index position in the sentence, from 0 (a token index, never a character offset)
 * @param begin first character in the document text
 * @param end character after the last one
 * @param head index of the syntactic head in the same sentence, or -1 for the root
 * @param relation the dependency relation to the head (Universal Dependencies), "root" for the root
 * @param ner the statistical named-entity tag, "O" when none
 */
public record Token(
    int index,
    int begin,
    int end,
    String text,
    String lemma,
    String pos,
    String ner,
    int head,
    String relation) {
  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("token index < 0");
    }
    new Span(begin, end);
    Objects.requireNonNull(text, "text");
    lemma = lemma == null ? text.toLowerCase(java.util.Locale.ROOT) : lemma;
    pos = Objects.requireNonNullElse(pos, "");
    ner = Objects.requireNonNullElse(ner, "O");
    relation = Objects.requireNonNullElse(relation, "");
    if (head < -1) {
      throw new IllegalArgumentException("head < -1");
    }
  }

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }

  @JsonIgnore
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  @JsonIgnore
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  @JsonIgnore
  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
