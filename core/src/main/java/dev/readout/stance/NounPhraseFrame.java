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

  private static final java.util.Set<String> STARTING_PREPS = java.util.Set.of(
      "against", "about", "on", "over", "regarding", "concerning", "for", "at", "toward", "towards");
  private static final java.util.Set<String> TIME_WORDS = java.util.Set.of(
      "today", "yesterday", "tonight", "afterwards", "afterward", "earlier", "later", "again", "also", "once", "now");

  private final TargetLexicon words;

  NounPhraseFrame(TargetLexicon words) {
    this.words = words;
  }

  private boolean listenerCue(TargetContext c) {
    return c.sentence().tokenAt(c.statement().cue().begin())
        .map(cue -> words.is(TargetLexicon.WordClass.LISTENER_CUE, cue.lemma())).orElse(false);
  }

  /** Past "in the strongest terms", "once again", "today" at the content's start. */
  static int leadingAdverbial(ContentTokens t) {
    int i = 0;
    while (i < t.size() && (TIME_WORDS.contains(t.lower(i)) || t.at(i).pos().startsWith("RB"))) {
      i++;
    }
    if (t.isWord(i, "in", "with")) {
      for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
        if (t.isWord(k, "terms", "manner", "way", "voice", "detail", "depth", "person")) {
          return k + 1 < t.size() && t.at(k + 1).text().equals(",") ? k + 2 : k + 1;
        }
      }
    }
    return i;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public Optional<Target> find(TargetContext c) {
    ContentTokens t = c.tokens();
    int from = leadingAdverbial(t);
    if (t.at(from < t.size() ? from : 0).pos().equals("IN") && !t.isWord(from, "that")) {
      Phrase when = t.chunk(from + 1); // "on Sunday that Spain would not be bound", "in Brussels that ..."
      int after = when == null ? -1 : when.last() + 1;
      if (t.isWord(after, ",")) {
        after++;
      }
      if (after > 0 && t.isWord(after, "that")) {
        Optional<Target> inner = ClauseFrame.clauseAt(c, after + 1, "", 1);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    if (t.isWord(from, "with")) {
      Phrase partner = t.chunk(from + 1); // "discussed with President Zelenskyy how to ...": past the partner
      int end = partner == null ? -1 : t.extend(partner).last();
      for (int k = partner == null ? 0 : partner.last() + 1; k <= end; k++) {
        if (t.isWord(k, "on", "about", "regarding", "concerning", "over")) {
          end = k - 1; // "with Minister Berg on trade": the partner ends where the topic begins
        }
      }
      if (partner != null && end + 1 < t.size()) {
        from = end + 1;
        while (t.isWord(from, ",")) {
          from++;
        }
        if (t.isWord(from, "how", "ways", "whether") && t.isWord(from + 1, "to") && t.isVerbForm(from + 2)) {
          return TargetFinder.verbComplement(c, from + 2, VerbFrame.RULE, 1);
        }
      }
    }
    if (t.isWord(from, "by") && t.chunk(from + 1) != null && (t.at(t.chunk(from + 1).head()).isProperNoun()
        || c.actorCovering(t.chunk(from + 1).head(), t.chunk(from + 1).head()).isPresent())) {
      int after = t.chunk(from + 1).last() + 1; // "was briefed by the Secretary of State on X": past the agent
      while (after < t.size() && after <= from + 8 && !t.isPrep(after, STARTING_PREPS) && !t.at(after).pos().equals(",")
          && (t.at(after).isProperNoun() || t.isWord(after, "of", "the"))) {
        after++;
      }
      if (t.isPrep(after, STARTING_PREPS) && t.chunk(after + 1) != null) {
        from = after;
      }
    }
    if (from < t.size() && t.isPrep(from, STARTING_PREPS)) {
      from++; // "cautioned against any attempt", "spoke about the situation"
    }
    Phrase p = t.chunkFrom(from);
    if (p != null && listenerCue(c) && !t.isWord(p.head(), "that")) {
      // "told journalists that ...", "briefed His Highness on ...": the first object is who is told
      int after = p.last() + 1;
      while (after < t.size() && t.at(after).pos().startsWith("RB")) {
        after++; // "told the authorities very clearly that"
      }
      if (t.isWord(after, "that", "how", "whether", "what", "why", "when")) {
        Optional<Target> inner = ClauseFrame.clauseAt(c, t.isWord(after, "that") ? after + 1 : after, RULE + ">told", 1);
        if (inner.isPresent()) {
          return inner;
        }
        Phrase q = t.chunkFrom(after + 1);
        if (q != null) {
          return Optional.of(c.resolve(t.extend(q), RULE + ">told", 1));
        }
      }
      if (t.isWord(after, "on", "about", "of", "regarding")) {
        Phrase q = t.chunk(after + 1);
        if (q != null) {
          return Optional.of(c.resolve(t.extend(q), RULE + ">told", 1));
        }
      }
    }
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
