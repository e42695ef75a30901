package dev.readout.stance;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How a trained classifier decides, whatever its model: the target is found first, a target that implies its stance
 * (a call on an actor to stop) decides, else the model's most probable stance, unless the model is unsure (below
 * {@value #DEFER_BELOW}) and the cue carries its own stance ("commented on" is NEUTRAL). Stateless and thread-safe.
 */
final class ModelDecision {
  /** Below this probability the model yields to a cue that carries its own stance. */
  static final double DEFER_BELOW = 0.75;
  private static final double CUE_DECISION = 0.9;

  private final TargetFinder targets;
  private final LexiconStanceClassifier lexicon;

  ModelDecision(TargetFinder targets, LexiconStanceClassifier lexicon) {
    this.targets = targets;
    this.lexicon = lexicon;
  }

  /**
   * @param probabilities the model's probabilities of SUPPORT, OPPOSE, NEUTRAL (in {@link EncoderFeatures#ORDER})
   *     for the statement with its target
   */
  StanceDecision decide(Statement st, AnalyzedDocument doc, BiFunction<Statement, AnalyzedDocument, double[]> probabilities, String id) {
    Target target = targets.find(st, doc);
    Statement withTarget = st.withStance(st.stance(), st.confidence(), target);
    Optional<StanceDecision> implied = TargetFinder.impliedStance(target);
    if (implied.isPresent()) {
      return implied.get();
    }
    double[] p = probabilities.apply(withTarget, doc);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    if (p[best] < DEFER_BELOW) {
      StanceDecision byCue = lexicon.classify(withTarget, doc);
      if (byCue.confidence() >= CUE_DECISION) {
        return byCue;
      }
    }
    return new StanceDecision(EncoderFeatures.ORDER.get(best), Math.max(0, Math.min(1, p[best])), target, "model " + id);
  }
}
