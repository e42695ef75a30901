package dev.readout.actors;

import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import dev.readout.model.TokenRange;
import java.util.List;

/** Maps character spans to token ranges of one sentence. */
public final class TokenIndex {
  private TokenIndex() {}

  /** The first token whose span starts at or after {@code begin}; size() when none. */
  public static int firstAt(Sentence s, int begin) {
    List<Token> t = s.tokens();
    int lo = 0;
    int hi = t.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.get(mid).end() <= begin) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The tokens {@code span} covers. */
  public static TokenRange range(Sentence s, Span span) {
    int first = firstAt(s, span.begin());
    int end = first;
    while (end < s.tokens().size() && s.tokens().get(end).begin() < span.end()) {
      end++;
    }
    return new TokenRange(first, end);
  }

  /** The sentence whose span holds {@code offset}, or -1. */
  public static int sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.begin()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
