package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence or a heading line of a document.
 *
 * @param section the heading the sentence stands under, or null before the first heading
 * @param heading true when this line is itself a heading (no statements are read from it)
 * @param tokens the analysed tokens; empty when the document was read back from JSON without them
 */
public record Sentence(
    int index,
    int begin,
    int end,
    String section,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean heading,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Token> tokens) {
  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("sentence index < 0");
    }
    new Span(begin, end);
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
  }

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }

  public Sentence withTokens(List<Token> newTokens) {
    return new Sentence(index, begin, end, section, heading, newTokens);
  }

  /** Indices of the tokens whose head is {@code head}, in order. */
  public List<Token> children(int head) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head) {
        out.add(t);
      }
    }
    return out;
  }

  /** The first child of {@code head} with one of the relations (prefix match on "rel:" subtypes). */
  public java.util.Optional<Token> child(int head, String... relations) {
    for (Token t : tokens) {
      if (t.head() == head) {
        for (String r : relations) {
          if (t.relation().equals(r) || t.relation().startsWith(r + ":")) {
            return java.util.Optional.of(t);
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** True when {@code ancestor} dominates {@code token} (or is it). */
  public boolean dominates(int ancestor, int token) {
    int cur = token;
    int guard = tokens.size() + 1;
    while (cur >= 0 && guard-- > 0) {
      if (cur == ancestor) {
        return true;
      }
      cur = tokens.get(cur).head();
    }
    return false;
  }

  /** The token that starts at this character offset. */
  public java.util.Optional<Token> tokenAt(int begin) {
    for (Token t : tokens) {
      if (t.begin() == begin) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }

  public Token token(int i) {
    return tokens.get(Objects.checkIndex(i, tokens.size()));
  }
}
