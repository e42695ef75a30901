package dev.readout.stance;

import dev.readout.lexicon.Lexicon.PolarityWord;
import dev.readout.model.Stance;

/**
 * What a clause's predicate says of its subject, read from the polarity lexicon: whether it holds the subject at
 * fault ("is the only obstacle", "does not stand for ...") or does harm ("would violate"). Stateless.
 */
final class Predicates {
  private Predicates() {}

  /**
   * Whether the clause holds its subject at fault: a copula with an opposing word ("is an obstacle", "remains a
   * threat"), or a negated verb with a supporting one ("does not stand for the people's rights").
   */
  static boolean faulted(TargetContext c, int verb, int v) {
    ContentTokens t = c.tokens();
    boolean negated = false;
    for (int i = verb; i <= Math.min(v, t.size() - 1); i++) {
      negated |= c.words().lexicon().isNegation(t.lemma(i)) || t.isWord(i, "not", "n't", "never");
    }
    boolean copula = ClauseFrame.copular(t, verb, v);
    if (copula == negated) {
      return false; // neither a copula judging it nor a negated act, or a negated judgement ("is not a threat")
    }
    return polarityAfter(c, v, copula ? Stance.OPPOSE : Stance.SUPPORT, true);
  }

  /**
   * The means a passive demand names ("must be resolved in accordance with international law", "must be tackled at
   * its root causes, through development"): the phrase after "through", "via", "in accordance with", "in line with",
   * "on the basis of", within the clause; empty when there is none.
   */
  static java.util.Optional<dev.readout.model.Target> means(TargetContext c, int v, String rule, int depth) {
    ContentTokens t = c.tokens();
    for (int i = v + 1; i < t.size() && i < v + 14; i++) {
      if (t.isWord(i, ";", ".", "but", "while", "whereas") || t.isWord(i, "that", "which")) {
        break;
      }
      int at = t.isWord(i, "through", "via") ? i + 1
          : t.isWord(i, "in") && t.isWord(i + 1, "accordance", "line") && t.isWord(i + 2, "with") ? i + 3
          : t.isWord(i, "on") && t.isWord(i + 1, "the") && t.isWord(i + 2, "basis") && t.isWord(i + 3, "of") ? i + 4 : -1;
      if (at > 0 && t.chunk(at) != null) {
        return java.util.Optional.of(c.resolve(t.extend(t.chunk(at)), rule, depth + 1));
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether the predicate condemns its subject: an opposing polarity word after the verb ("would violate", "threatens"). */
  static boolean harmful(TargetContext c, int v) {
    return polarityAfter(c, v, Stance.OPPOSE, false);
  }

  /**
   * Whether a polarity word of that stance follows {@code v} within eight tokens of the same clause (up to a comma,
   * "which", "while", "but", and "and" when {@code stopAtAnd}).
   */
  private static boolean polarityAfter(TargetContext c, int v, Stance stance, boolean stopAtAnd) {
    ContentTokens t = c.tokens();
    for (int i = v; i < t.size() && i < v + 8; i++) {
      if (t.at(i).pos().equals(",") || t.isWord(i, "which", "while", "but") || stopAtAnd && t.isWord(i, "and")) {
        break;
      }
      for (PolarityWord w : c.words().lexicon().polarityStartingWith(t.lemma(i))) {
        if (w.stance() == stance) {
          return true;
        }
      }
    }
    return false;
  }
}
