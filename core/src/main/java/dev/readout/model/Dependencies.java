package dev.readout.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks over a sentence's dependency tree: up the heads (guarded against cycles a parser may leave), the extent
 * of a subtree, a range's head, and whether a token is a subject. Stateless.
 */
public final class Dependencies {
  private Dependencies() {}

  /** {@code from} and the heads above it, nearest first; stops at the root and never loops. */
  public static List<Integer> upFrom(Sentence s, int from) {
    List<Integer> out = new ArrayList<>();
    for (int up = from, steps = 0; up >= 0 && steps <= s.tokens().size(); up = s.token(up).head(), steps++) {
      out.add(up);
    }
    return out;
  }

  /** The first token of the subtree under {@code head}, reading left while the tokens hang under it. */
  public static int firstOfSubtree(Sentence s, int head) {
    int first = head;
    for (int k = head - 1; k >= 0 && s.dominates(head, k); k--) {
      first = k;
    }
    return first;
  }

  /** The character offset where the subtree under {@code head} ends, punctuation aside. */
  public static int subtreeEnd(Sentence s, int head) {
    int end = s.token(head).end();
    for (Token t : s.tokens()) {
      if (s.dominates(head, t.index()) && !t.relation().equals("punct")) {
        end = Math.max(end, t.end());
      }
    }
    return end;
  }

  /** The token of the range whose head lies outside it; a possessive's owner counts as the head. */
  public static int headOf(Sentence s, TokenRange r) {
    for (int k = r.end() - 1; k >= r.begin(); k--) {
      int h = s.token(k).head();
      if (h < r.begin() || h >= r.end()) {
        if (s.token(k).text().matches("['’]s") && k > r.begin()) {
          continue;
        }
        return k;
      }
    }
    return Math.max(r.begin(), r.end() - 1);
  }

  /** A subject (or passive agent), seen through conjuncts and an apposition: "The head, Jorge Rodríguez, said". */
  public static boolean isSubject(Sentence s, int head) {
    if (head < 0 || head >= s.tokens().size()) {
      return false;
    }
    String rel = s.token(head).relation();
    int h = head;
    for (int steps = 0; rel.equals("conj") && steps <= s.tokens().size(); steps++) {
      h = s.token(h).head();
      if (h < 0) {
        return false;
      }
      rel = s.token(h).relation();
    }
    if (rel.equals("appos") && h == head && s.token(h).head() >= 0) {
      return isSubject(s, s.token(h).head());
    }
    return rel.startsWith("nsubj") || rel.equals("obl:agent");
  }

  /** A subject of the sentence's main verb or of a verb coordinated with it: the likely speaker. */
  public static boolean isMainSubject(Sentence s, int head) {
    if (!isSubject(s, head)) {
      return false;
    }
    int h = head;
    for (int steps = 0; h >= 0 && s.token(h).relation().equals("conj") && steps <= s.tokens().size(); steps++) {
      h = s.token(h).head();
    }
    if (h >= 0 && s.token(h).relation().equals("appos")) {
      h = s.token(h).head();
    }
    int verb = h >= 0 ? s.token(h).head() : -1;
    for (int steps = 0; verb >= 0 && steps <= s.tokens().size(); steps++) {
      String rel = s.token(verb).relation();
      if (rel.equals("root")) {
        return true;
      }
      if (!rel.equals("conj") && !rel.equals("parataxis")) {
        return false;
      }
      verb = s.token(verb).head();
    }
    return false;
  }

  /** Whether a child of {@code head} is marked by the preposition {@code lemma} ("with Y", "by X"). */
  public static boolean hasCase(Sentence s, int token, String lemma) {
    return s.child(token, "case").map(k -> k.lemma().equals(lemma)).orElse(false);
  }
}
