package dev.readout.stance;

import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.Lexicon.CueEntry;
import dev.readout.lexicon.Lexicon.PolarityWord;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stance from the lexicons in readout-models, in this order: the cue's own polarity ("welcomed",
 * "condemned", "discussed"); for a neutral-by-itself cue, the polarity of its object noun ("expressed
 * concern", "conveyed condolences"); else the polarity words of the content, each flipped by a
 * negation just before it. A negated cue ("did not endorse") turns SUPPORT into OPPOSE and OPPOSE into
 * NEUTRAL. Stateless and thread-safe.
 */
public final class LexiconStanceClassifier implements StanceClassifier {
  private static final int NEGATION_WINDOW = 3;
  /** How far a neutral cue's content must lean before it decides ("discussed their concerns"). */
  private static final double NEUTRAL_CUE_OVERRIDE = 1.0;

  private final Lexicon lexicon;
  private final TargetFinder targets;

  public LexiconStanceClassifier(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.targets = new TargetFinder(lexicon);
  }

  @Override
  public StanceDecision classify(Statement st, AnalyzedDocument doc) {
    Target target = st.target() != null ? st.target() : targets.find(st, doc);
    Optional<StanceDecision> implied = TargetFinder.impliedStance(target);
    if (implied.isPresent()) {
      return implied.get();
    }
    Sentence s = doc.sentences().get(st.sentence());
    Token cueHead = cueHead(s, st);
    Optional<Stance> cuePolarity = cueEntry(st).flatMap(CueEntry::polarity);
    boolean negated = cueHead != null && isNegated(s, cueHead);

    Stance stance;
    double confidence;
    String evidence;
    double[] content = contentScore(s, st);
    Optional<Stance> judged = cuePolarity.isPresent() && cuePolarity.get() == Stance.NEUTRAL ? judgingNoun(s, st) : Optional.empty();
    if (judged.isPresent() && judged.get() != Stance.NEUTRAL) {
      // "discussed the need for coordination", "discussed their serious concerns": a topic cue whose object judges
      stance = judged.get();
      confidence = 0.8;
      evidence = "neutral cue, judging object";
    } else if (cuePolarity.isPresent() && cuePolarity.get() == Stance.NEUTRAL
        && Math.abs(content[0] - content[1]) >= NEUTRAL_CUE_OVERRIDE) {
      // "discussed their serious concerns", "discussed their shared commitment": the content judges
      stance = content[0] > content[1] ? Stance.SUPPORT : Stance.OPPOSE;
      confidence = 0.6;
      evidence = String.format(Locale.ROOT, "neutral cue, content +%.1f/-%.1f", content[0], content[1]);
    } else if (cuePolarity.isPresent()) {
      stance = cuePolarity.get();
      confidence = 0.9;
      evidence = "cue " + st.cue().lemma();
    } else {
      Optional<Stance> object =
          cueHead == null || !lexicon.isExpressiveCue(cueHead.lemma()) ? Optional.empty() : objectPolarity(s, cueHead);
      if (object.isPresent()) {
        stance = object.get();
        confidence = 0.85;
        evidence = "object of " + st.cue().lemma();
      } else {
        double sup = content[0];
        double opp = content[1];
        if (sup == 0 && opp == 0) {
          stance = lexicon.cueDefault(st.cue().lemma()).orElse(Stance.NEUTRAL);
          confidence = stance == Stance.NEUTRAL ? 0.5 : 0.55;
        } else if (sup >= opp) {
          stance = sup - opp < 0.2 ? Stance.NEUTRAL : Stance.SUPPORT;
          confidence = 0.5 + 0.45 * (sup - opp) / (sup + opp + 0.5);
        } else {
          stance = opp - sup < 0.2 ? Stance.NEUTRAL : Stance.OPPOSE;
          confidence = 0.5 + 0.45 * (opp - sup) / (sup + opp + 0.5);
        }
        evidence = String.format(Locale.ROOT, "content +%.1f/-%.1f", sup, opp);
      }
    }
    if (negated) {
      stance = switch (stance) {
        case SUPPORT -> Stance.OPPOSE;
        case OPPOSE, NEUTRAL -> Stance.NEUTRAL;
      };
      confidence = Math.min(confidence, 0.7);
      evidence += ", negated";
    }
    return new StanceDecision(stance, Math.max(0, Math.min(1, confidence)), target, evidence);
  }

  /** The polarity of the content's first noun when it is an attitude or weighing noun ("the need", "our concerns"). */
  private Optional<Stance> judgingNoun(Sentence s, Statement st) {
    List<Token> toks = s.tokens().stream().filter(t -> st.content().span().contains(t.span())).toList();
    ContentTokens.Phrase first = new ContentTokens(toks).chunkFrom(0);
    if (first == null || first.first() > 1) {
      return Optional.empty();
    }
    Token head = toks.get(first.head());
    return lexicon.cueObjectPolarity(head.lemma()).or(() -> lexicon.cueObjectPolarity(head.text()));
  }

  private Optional<CueEntry> cueEntry(Statement st) {
    return lexicon.cue(st.cue().lemma());
  }

  private static Token cueHead(Sentence s, Statement st) {
    return s.tokenAt(st.cue().begin()).orElse(null);
  }

  /** "did not endorse", "declined to comment", "refused to condemn". */
  private boolean isNegated(Sentence s, Token cue) {
    for (Token c : s.children(cue.index())) {
      if ((c.relation().equals("advmod") || c.relation().equals("neg") || c.relation().equals("det")) && lexicon.isNegation(c.lemma())) {
        return true;
      }
    }
    if (cue.relation().equals("xcomp") && cue.head() >= 0) {
      return lexicon.isNegation(s.token(cue.head()).lemma());
    }
    return false;
  }

  private Optional<Stance> objectPolarity(Sentence s, Token cue) {
    for (Token c : s.children(cue.index())) {
      if (c.relation().equals("obj") || c.relation().equals("dobj")) {
        Optional<Stance> p = lexicon.cueObjectPolarity(c.lemma());
        if (p.isEmpty()) {
          p = lexicon.cueObjectPolarity(c.text());
        }
        return p;
      }
    }
    return Optional.empty();
  }

  /** Summed weights of SUPPORT and OPPOSE words in the content. */
  private double[] contentScore(Sentence s, Statement st) {
    List<Token> toks = s.tokens().stream().filter(t -> st.content().span().contains(t.span())).toList();
    double sup = 0;
    double opp = 0;
    for (int i = 0; i < toks.size(); i++) {
      for (PolarityWord w : lexicon.polarityStartingWith(toks.get(i).lemma())) {
        if (!matchesAt(toks, i, w.lemmas())) {
          continue;
        }
        Stance p = w.stance();
        if (negatedAt(toks, i)) {
          p = p == Stance.SUPPORT ? Stance.OPPOSE : Stance.SUPPORT;
        } else if (p == Stance.SUPPORT && reversedAt(toks, i)) {
          p = Stance.OPPOSE;
        } else if (p == Stance.OPPOSE && avertedAt(toks, i)) {
          p = Stance.SUPPORT;
        }
        if (p == Stance.SUPPORT) {
          sup += w.weight();
        } else if (p == Stance.OPPOSE) {
          opp += w.weight();
        }
        break;
      }
    }
    return new double[] {sup, opp};
  }

  private static boolean matchesAt(List<Token> toks, int i, List<String> lemmas) {
    if (i + lemmas.size() > toks.size()) {
      return false;
    }
    for (int k = 0; k < lemmas.size(); k++) {
      Token t = toks.get(i + k);
      if (!t.lemma().equalsIgnoreCase(lemmas.get(k)) && !t.text().equalsIgnoreCase(lemmas.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean avertedAt(List<Token> toks, int i) {
    for (int k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) {
      if (lexicon.isAverter(toks.get(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  private boolean reversedAt(List<Token> toks, int i) {
    for (int k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) {
      if (lexicon.isReverser(toks.get(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  private boolean negatedAt(List<Token> toks, int i) {
    for (int k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) {
      if (lexicon.isNegation(toks.get(k).lemma()) && !toks.get(k).lemma().equals("without")) {
        for (int m = k + 1; m <= i; m++) {
          String pos = toks.get(m).pos();
          if (pos.equals("JJR") || pos.equals("RBR")) {
            return false; // "has never been more important" intensifies
          }
        }
        return true;
      }
    }
    return false;
  }
}
