package dev.readout.stance;

import dev.readout.model.Target;
import dev.readout.stance.ContentTokens.Phrase;
import java.util.Optional;

/**
 * The content is a noun phrase: "welcomed the steady progress made", "condemned Russia's war in Ukraine",
 * "reiterated the United States' commitment to the security of the ROK" are about that phrase, resolved through
 * light and attitude nouns ("the security of the ROK"). Rule {@code object}. Runs last: it reads any content.
 */
final class NounPhraseFrame implements TargetFinder.Frame {
  static final String RULE = "object";

  NounPhraseFrame(TargetLexicon words) {}

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public Optional<Target> find(TargetContext c) {
    ContentTokens t = c.tokens();
    Phrase p = t.chunkFrom(0);
    int from = 0;
    while (p == null && from + 1 < t.size()) {
      from++;
      p = t.chunkFrom(from);
    }
    if (p == null) {
      return Optional.empty();
    }
    while (t.at(p.head()).pos().equals("PRP") && p.last() + 1 < t.size()) {
      // "he wants to strengthen cooperation": the pronoun is not what the statement is about
      Phrase next = null;
      for (int i = p.last() + 1; i < t.size() && next == null; i++) {
        next = t.chunk(i);
      }
      if (next == null) {
        break;
      }
      p = next;
    }
    return Optional.of(c.resolve(t.extend(p), RULE, 0));
  }
}
