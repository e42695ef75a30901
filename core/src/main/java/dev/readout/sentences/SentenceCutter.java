package dev.readout.sentences;

import dev.readout.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bounds the cost of one sentence: a sentence over a token limit is cut into pieces of at most that many
 * tokens, each cut at the best clause boundary the piece's second half offers (after a semicolon or colon,
 * else before a conjunction after a comma, else after a comma, else between words). A parser's cost and our
 * attribution rules' grow faster than the sentence (CoreNLP's parser looks for each word's children
 * through the whole sentence), so a 9,000-token list with no full stop costs minutes whole and seconds
 * in pieces. Tokens are counted cheaply, before analysis: the words between spaces, and each punctuation
 * mark at a word's edges. Stateless and thread-safe.
 */
public final class SentenceCutter {
  private static final String LEADING = "\"“‘'([{«";
  private static final String TRAILING = ".,;:!?\"”’')]}»";
  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "nor", "while", "whereas", "which", "who", "as", "because");

  private final int maxTokens;

  /** @param maxTokens the most tokens a piece may have; at least 20 */
  public SentenceCutter(int maxTokens) {
    if (maxTokens < 20) {
      throw new IllegalArgumentException("the sentence token limit must be at least 20, not " + maxTokens);
    }
    this.maxTokens = maxTokens;
  }

  public int maxTokens() {
    return maxTokens;
  }

  /**
   * A sentence as pieces.
   *
   * @param tokens the sentence's tokens, as counted for the limit
   * @param pieces the sentence itself when it is within the limit, else its pieces in order, without outer spaces
   */
  public record Cut(int tokens, List<Span> pieces) {
    public Cut {
      pieces = List.copyOf(pieces);
    }
  }

  /** A boundary after a token: where it ends in the text, and how good a place to cut it is (0: between words only). */
  private record Boundary(int end, int score) {}

  public Cut cut(String text, Span sentence) {
    List<Boundary> tokens = tokens(text, sentence);
    if (tokens.size() <= maxTokens) {
      return new Cut(tokens.size(), List.of(sentence));
    }
    List<Span> pieces = new ArrayList<>();
    int first = 0; // the piece's first token
    int begin = sentence.begin();
    while (tokens.size() - first > maxTokens) {
      int best = -1;
      for (int i = first + maxTokens / 2; i < first + maxTokens; i++) {
        if (tokens.get(i).score() >= 0 && (best < 0 || tokens.get(i).score() >= tokens.get(best).score())) {
          best = i;
        }
      }
      if (best < 0) { // one word of more than half the limit's tokens: cut after the limit's last token
        best = first + maxTokens - 1;
      }
      addPiece(text, begin, tokens.get(best).end(), pieces);
      begin = tokens.get(best).end();
      first = best + 1;
    }
    addPiece(text, begin, sentence.end(), pieces);
    return new Cut(tokens.size(), pieces);
  }

  private static void addPiece(String text, int b, int e, List<Span> out) {
    while (b < e && Whitespace.isBlank(text.charAt(b))) {
      b++;
    }
    while (e > b && Whitespace.isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      out.add(new Span(b, e));
    }
  }

  /** The tokens of a sentence as the limit counts them, each with the boundary after it (-1: inside a word). */
  private static List<Boundary> tokens(String text, Span sentence) {
    List<Boundary> out = new ArrayList<>();
    int i = sentence.begin();
    int end = sentence.end();
    while (i < end) {
      while (i < end && Whitespace.isSpace(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < end && !Whitespace.isSpace(text.charAt(i))) {
        i++;
      }
      int e = i;
      if (e == b) {
        break;
      }
      while (b < e && LEADING.indexOf(text.charAt(b)) >= 0) {
        out.add(new Boundary(b + 1, -1));
        b++;
      }
      int core = e;
      while (core > b && TRAILING.indexOf(text.charAt(core - 1)) >= 0) {
        core--;
      }
      if (core > b) {
        out.add(new Boundary(core, core == e ? 0 : -1));
      }
      for (int k = Math.max(core, b); k < e; k++) {
        char c = text.charAt(k);
        int score = k + 1 < e ? -1 : c == ';' || c == ':' ? 3 : c == ',' ? (conjunctionAt(text, e, end) ? 2 : 1) : 0;
        out.add(new Boundary(k + 1, score));
      }
    }
    return out;
  }

  private static boolean conjunctionAt(String text, int from, int end) {
    int b = from;
    while (b < end && Whitespace.isSpace(text.charAt(b))) {
      b++;
    }
    int e = b;
    while (e < end && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return CONJUNCTIONS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }
}
