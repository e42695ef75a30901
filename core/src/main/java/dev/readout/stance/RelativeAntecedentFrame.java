package dev.readout.stance;

import dev.readout.model.Target;
import dev.readout.model.Token;
import dev.readout.stance.ContentTokens.Phrase;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cue stands in a relative clause: "the military support X provides to Russia, which they said violated UN
 * resolutions", "the partnership, which he said would open a new phase", "Russia's war, which she described as the
 * gravest breach". What the content says, it says of the noun the clause hangs on, outside the content: that noun
 * phrase, with the prepositional phrases and participles that complete it ("Chinese companies supplying components
 * to Russia's military-industrial complex"), is the target (rule {@code relative-antecedent}). Runs first: the
 * content's own words would give its predicate ("UN resolutions") instead.
 */
final class RelativeAntecedentFrame implements TargetFinder.Frame {
  static final String RULE = "relative-antecedent";
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  private static final Set<String> LINKS = Set.of("of", "on", "in", "to", "at", "against", "by", "from", "for", "over", "with");

  RelativeAntecedentFrame(TargetLexicon words) {}

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public Optional<Target> find(TargetContext c) {
    List<Token> t = c.sentence().tokens();
    int cue = c.sentence().tokenAt(c.statement().cue().begin()).map(Token::index).orElse(-1);
    if (cue < 0 || c.statement().content().span().begin() < c.statement().cue().end()) {
      return Optional.empty(); // a quotation before its cue is no relative clause
    }
    int which = subjectStart(t, cue) - 1;
    if (which < 1 || !t.get(which).text().equalsIgnoreCase("which")) {
      return Optional.empty();
    }
    int end = t.get(which - 1).text().equals(",") ? which - 2 : which - 1;
    if (end < 0 || !t.get(end).pos().startsWith("NN")) {
      return Optional.empty();
    }
    ContentTokens before = new ContentTokens(t.subList(0, end + 1));
    int start = chunkEndingAt(before, end);
    for (int guard = 0; start > 1 && guard < 4; guard++) {
      Token link = t.get(start - 1);
      boolean joins = LINKS.contains(link.text().toLowerCase(java.util.Locale.ROOT)) && (link.pos().equals("IN") || link.pos().equals("TO"))
          || link.pos().equals("VBG") || link.pos().equals("VBN") && !t.get(start - 2).pos().startsWith("VB");
      int prior = joins ? chunkEndingAt(before, start - 2) : -1;
      if (prior < 0) {
        break;
      }
      start = prior;
    }
    if (start < 0) {
      return Optional.empty();
    }
    TargetContext over = c.over(t.subList(start, end + 1));
    Phrase p = over.tokens().chunk(0);
    if (p == null) {
      return Optional.empty();
    }
    Phrase whole = new Phrase(p.first(), over.tokens().size() - 1, p.head(), p.coreEnd(), p.possessorEnd());
    return Optional.of(over.resolve(whole, RULE, 1));
  }

  /** The first token of the cue's subject between "which" and the cue ("which he said", "which the Minister described"). */
  private static int subjectStart(List<Token> t, int cue) {
    int k = cue - 1;
    if (k >= 0 && SUBJECT_PRONOUNS.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
      return k;
    }
    int first = cue;
    while (first - 1 >= 0 && cue - first < 4 && (t.get(first - 1).pos().startsWith("NN") || t.get(first - 1).pos().equals("DT"))) {
      first--;
    }
    return first < cue ? first : cue;
  }

  /** The first token of the noun-phrase chunk that ends at {@code end}, or -1. */
  private static int chunkEndingAt(ContentTokens t, int end) {
    for (int i = end; i >= 0 && end - i < 8; i--) {
      Phrase p = t.chunk(i);
      if (p != null && p.last() == end) {
        int first = p.first();
        for (int j = i - 1; j >= 0 && end - j < 10; j--) { // the longest such chunk: "the military support", not "support"
          Phrase q = t.chunk(j);
          if (q != null && q.last() == end) {
            first = q.first();
          }
        }
        return first;
      }
    }
    return -1;
  }
}
