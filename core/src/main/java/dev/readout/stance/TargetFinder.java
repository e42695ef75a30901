package dev.readout.stance;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * The target of a statement. The content's head noun phrase decides: when it names an actor other than
 * the speaker ("North Korea's provocations", "his visit"), that actor; when it is a stance noun
 * ("strong concerns about ...", "his gratitude to Japan"), the first actor after it; otherwise the
 * phrase itself ("the Asia-Pacific situation"). A light noun gives way to its "of"/"for" phrase: "the importance
 * of maritime security" is about maritime security. Thread-safe.
 */
public final class TargetFinder {
  private static final int MAX_PHRASE_TOKENS = 8;

  private final Lexicon lexicon;

  public TargetFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Target find(Statement st, AnalyzedDocument doc) {
    Span content = st.content().span();
    if (content.length() == 0) {
      return new Target(st.cue().text(), null);
    }
    Sentence s = doc.sentences().get(st.sentence());
    List<Token> toks = s.tokens().stream().filter(t -> content.contains(t.span())).toList();
    if (toks.isEmpty()) {
      return new Target(content.of(doc.text()), null);
    }
    int[] np = headPhrase(toks);
    while (toks.get(np[1]).pos().equals("PRP") && np[1] + 1 < toks.size()) {
      // "he wants to strengthen cooperation": the subject pronoun is not what the statement is about
      int[] next = headPhrase(toks.subList(np[1] + 1, toks.size()));
      np = new int[] {next[0] + np[1] + 1, next[1] + np[1] + 1};
    }
    while (lexicon.isLightNoun(toks.get(np[1]).lemma()) && np[1] + 2 < toks.size()
        && (toks.get(np[1] + 1).text().equalsIgnoreCase("of") || toks.get(np[1] + 1).text().equalsIgnoreCase("for"))) {
      // "the importance of the alliance", "the need for restraint": what follows is what the statement is about
      int from = np[1] + 2;
      int[] next = headPhrase(toks.subList(from, toks.size()));
      int first = toks.get(from).pos().equals("VBG") ? from : next[0] + from; // "of strengthening ties"
      np = new int[] {first, Math.max(first, next[1] + from)};
    }
    Span npSpan = new Span(toks.get(np[0]).begin(), toks.get(np[1]).end());
    Optional<Target> inPhrase = actorWithin(st, doc, npSpan);
    if (inPhrase.isPresent()) {
      return inPhrase.get();
    }
    Token head = toks.get(np[1]);
    if (lexicon.cueObjectPolarity(head.lemma()).isPresent() || lexicon.cueObjectPolarity(head.text()).isPresent()) {
      Optional<Target> after = actorWithin(st, doc, new Span(npSpan.end(), content.end()));
      if (after.isPresent()) {
        return after.get();
      }
    }
    return new Target(npSpan.of(doc.text()), null);
  }

  /** The first actor other than the speaker mentioned inside {@code span}. */
  private static Optional<Target> actorWithin(Statement st, AnalyzedDocument doc, Span span) {
    for (ActorMention m : doc.mentions()) {
      if (span.contains(m.span()) && m.actors().size() == 1 && !st.speakers().containsAll(m.actors())) {
        String id = m.actors().get(0);
        String name = doc.actor(id).map(a -> a.name()).orElse(m.text());
        return Optional.of(new Target(name, id));
      }
    }
    return Optional.empty();
  }

  /** Token range [first, last] of the content's first noun phrase, ending at its head noun. */
  static int[] headPhrase(List<Token> toks) {
    int start = 0;
    for (int i = 0; i < toks.size(); i++) {
      if (isNominal(toks.get(i))) {
        start = i;
        break;
      }
    }
    int end = start;
    int lastNoun = -1;
    while (end < toks.size() && end - start < MAX_PHRASE_TOKENS && (isNominal(toks.get(end)) || isLink(toks.get(end)))) {
      if (toks.get(end).isNoun()) {
        lastNoun = end;
      }
      end++;
    }
    int last = lastNoun >= 0 ? lastNoun : Math.min(toks.size() - 1, start);
    return new int[] {start, last};
  }

  private static boolean isNominal(Token t) {
    String p = t.pos();
    return t.isNoun() || p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$") || p.equals("CD") || p.equals("PRP");
  }

  private static boolean isLink(Token t) {
    String p = t.pos();
    return p.equals("POS") || p.equals("HYPH") || p.equals("VBG") || p.equals("VBN");
  }
}
