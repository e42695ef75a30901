package dev.readout.stance;

import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.Token;
import java.util.List;

/**
 * The target of a statement: the first actor named in its content other than the speaker ("North
 * Korea's provocations" gives North Korea), else the head noun phrase of the content. Thread-safe.
 */
public final class TargetFinder {
  private static final int MAX_PHRASE_TOKENS = 8;

  public Target find(Statement st, AnalyzedDocument doc) {
    Span content = st.content().span();
    if (content.length() == 0) {
      return new Target(st.cue().text(), null);
    }
    for (ActorMention m : doc.mentions()) {
      if (content.contains(m.span()) && m.kind() != ActorMention.MentionKind.PRONOUN
          && m.actors().size() == 1 && !st.speakers().containsAll(m.actors())) {
        String id = m.actors().get(0);
        String name = doc.actor(id).map(a -> a.name()).orElse(m.text());
        return new Target(name, id);
      }
    }
    Sentence s = doc.sentences().get(st.sentence());
    return new Target(headPhrase(doc.text(), s, content), null);
  }

  /** The first noun phrase of the content, up to its head noun. */
  static String headPhrase(String text, Sentence s, Span content) {
    List<Token> toks = s.tokens().stream().filter(t -> content.contains(t.span())).toList();
    if (toks.isEmpty()) {
      return content.of(text);
    }
    int start = -1;
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.isNoun() || t.pos().equals("DT") || t.pos().equals("JJ") || t.pos().equals("PRP$")) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      start = 0;
    }
    int end = start;
    int lastNoun = -1;
    while (end < toks.size() && end - start < MAX_PHRASE_TOKENS) {
      Token t = toks.get(end);
      boolean np = t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("PRP$")
          || t.pos().equals("POS") || t.pos().equals("HYPH") || t.pos().equals("CD") || t.pos().equals("VBG") && lastNoun < 0;
      if (!np) {
        break;
      }
      if (t.isNoun()) {
        lastNoun = end;
      }
      end++;
    }
    int last = lastNoun >= 0 ? lastNoun : Math.min(toks.size() - 1, start + MAX_PHRASE_TOKENS - 1);
    return text.substring(toks.get(start).begin(), toks.get(last).end());
  }
}
