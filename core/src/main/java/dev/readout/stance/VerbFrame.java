package dev.readout.stance;

import dev.readout.model.Target;
import java.util.Optional;

/**
 * The content is a verb phrase: "agreed to continue consultations", "discussed how to deepen trade ties",
 * "discussed expanding and deepening cooperation", "pledged to establish a working group" are about the verb's
 * object ("consultations", "trade ties", "a working group"), or the verb phrase itself when it has none ("agreed
 * to speak again"). Rule {@code infinitive}.
 */
final class VerbFrame implements TargetFinder.Frame {
  static final String RULE = "infinitive";

  VerbFrame(TargetLexicon words) {}

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public Optional<Target> find(TargetContext c) {
    ContentTokens t = c.tokens();
    int i = 0;
    if (t.isWord(i, "how", "ways", "whether")) {
      i++;
    }
    if (t.isWord(i, "to")) {
      i++;
    }
    if (i < t.size() && t.isWord(i, "further", "jointly", "together", "also", "continue") && !t.at(i).isVerb()) {
      i++;
    }
    boolean verbAsNoun = i > 0 && t.isWord(i - 1, "to") && i < t.size() && t.at(i).isNoun() && c.words().is(TargetLexicon.WordClass.LIGHT_VERB, t.lemma(i))
        && !(i + 1 < t.size() && t.at(i + 1).isNoun()); // "committed to work closely to implement X": a verb the tagger made a noun
    if (i >= t.size() || !(t.isVerbForm(i) || t.at(i).pos().equals("VB") || verbAsNoun)) {
      return Optional.empty();
    }
    if (t.at(i).pos().equals("VBG") && t.chunk(i) != null && t.at(t.chunk(i).head()).isNoun() && i == 0) {
      return Optional.empty(); // "growing tensions": a noun phrase, not a verb
    }
    return TargetFinder.verbComplement(c, i, RULE, 0);
  }
}
