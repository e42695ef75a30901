package dev.readout.stance;

import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.Lexicon.PolarityWord;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features a trained stance model sees for a statement: the cue's lemma and lexicon polarity,
 * negation of the cue, the object noun of an expressive cue, lexicon polarity words of the content (and
 * whether a negation or reversal governs them), content unigrams and bigrams, the target's kind, the
 * section heading's words, the mode, and optionally the lexicon classifier's own decision. Thread-safe.
 */
public final class StanceFeatures {
  private static final int MAX_CONTENT_TOKENS = 40;
  private static final Set<String> CONTENT_POS = Set.of("NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "JJR", "JJS", "RB", "MD");

  private final Lexicon lexicon;
  private final LexiconStanceClassifier lexiconClassifier;
  private final boolean withLexiconDecision;

  public StanceFeatures(Lexicon lexicon, boolean withLexiconDecision) {
    this.lexicon = lexicon;
    this.lexiconClassifier = new LexiconStanceClassifier(lexicon);
    this.withLexiconDecision = withLexiconDecision;
  }

  public List<String> of(Statement st, AnalyzedDocument doc) {
    List<String> f = new ArrayList<>();
    String cue = st.cue().lemma().toLowerCase(Locale.ROOT).replace(' ', '_');
    f.add("cue=" + cue);
    String head = st.cue().lemma().split(" ")[0];
    String pol = lexicon.cue(st.cue().lemma()).flatMap(e -> e.polarity()).map(Enum::name).orElse("NONE");
    f.add("cuepol=" + pol);
    f.add("mode=" + st.mode());
    Sentence s = doc.sentences().get(st.sentence());
    Token cueTok = s.tokenAt(st.cue().begin()).orElse(null);
    if (cueTok != null) {
      for (Token c : s.children(cueTok.index())) {
        if (lexicon.isNegation(c.lemma()) && (c.relation().equals("advmod") || c.relation().equals("neg"))) {
          f.add("cueneg");
        }
        if (c.relation().equals("obj") && lexicon.isExpressiveCue(head)) {
          f.add("obj=" + c.lemma().toLowerCase(Locale.ROOT));
          lexicon.cueObjectPolarity(c.lemma()).ifPresent(p -> f.add("objpol=" + p));
        }
      }
      if (cueTok.relation().equals("xcomp") && cueTok.head() >= 0) {
        f.add("gov=" + s.token(cueTok.head()).lemma().toLowerCase(Locale.ROOT));
      }
    }
    List<Token> content = s.tokens().stream().filter(t -> st.content().span().contains(t.span())).limit(MAX_CONTENT_TOKENS).toList();
    double sup = 0;
    double opp = 0;
    String prev = "<s>";
    for (int i = 0; i < content.size(); i++) {
      Token t = content.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (CONTENT_POS.contains(t.pos())) {
        f.add("w=" + lemma);
      }
      f.add("b=" + prev + "_" + lemma);
      prev = lemma;
      for (PolarityWord w : lexicon.polarityStartingWith(lemma)) {
        boolean negated = false;
        for (int k = Math.max(0, i - 3); k < i; k++) {
          String l = content.get(k).lemma();
          negated |= lexicon.isNegation(l) || lexicon.isReverser(l) || lexicon.isAverter(l);
        }
        f.add("pol=" + w.stance() + (negated ? "_turned" : ""));
        if (w.stance().name().equals("SUPPORT")) {
          sup += negated ? 0 : w.weight();
        } else {
          opp += negated ? 0 : w.weight();
        }
        break;
      }
    }
    f.add("sup=" + bucket(sup));
    f.add("opp=" + bucket(opp));
    f.add("lean=" + (sup > opp ? "S" : opp > sup ? "O" : "0"));
    if (st.target() != null) {
      Target t = st.target();
      f.add("tgt=" + (t.actor() == null ? "TEXT" : doc.actor(t.actor()).map(a -> a.kind().name()).orElse("?")));
      if (t.rule() != null) {
        String frame = t.rule().split(">")[0];
        f.add("trule=" + frame);
        f.add("trule=" + frame + "_" + pol);
        if (t.rule().contains("see-through")) {
          f.add("tthrough");
        }
      }
      if (t.span() != null) {
        // the polarity of what the target itself names ("the attack", "the ceasefire"), beside the cue's
        for (Token tok : s.tokens()) {
          if (t.span().contains(tok.span())) {
            for (PolarityWord w : lexicon.polarityStartingWith(tok.lemma().toLowerCase(Locale.ROOT))) {
              f.add("tpol=" + w.stance());
              f.add("tpol=" + w.stance() + "_cue" + pol);
              break;
            }
          }
        }
      }
    }
    if (st.section() != null) {
      for (String w : st.section().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        if (w.length() > 3) {
          f.add("sec=" + w);
        }
      }
    }
    if (withLexiconDecision) {
      StanceDecision d = lexiconClassifier.classify(st, doc);
      f.add("lex=" + d.stance());
      f.add("lex=" + d.stance() + "_" + (d.confidence() >= 0.8 ? "sure" : "unsure"));
    }
    return f;
  }

  private static String bucket(double v) {
    return v == 0 ? "0" : v < 0.5 ? "low" : v < 1.0 ? "mid" : "high";
  }
}
