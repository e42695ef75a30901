package dev.readout.stance;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import java.util.Optional;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Stance from a model trained on gold statements (see {@code readout train stance}), classifying the statement with
 * its target: the target is found first (by the same rules as the lexicon classifier), the model sees it among its
 * features, and a target that implies its stance (a call on an actor to stop) decides. Thread-safe: OpenNLP's maxent and perceptron models
 * are read-only once loaded.
 */
public final class TrainedStanceClassifier implements StanceClassifier {
  private final MaxentModel model;
  private final StanceFeatures features;
  private final TargetFinder targets;
  private final String id;
  private final LexiconStanceClassifier lexicon;
  /** Below this probability the model yields to a cue that carries its own stance ("commented on" is NEUTRAL). */
  private static final double DEFER_BELOW = 0.75;
  private static final double CUE_DECISION = 0.9;

  public TrainedStanceClassifier(StanceModel model, Lexicon lexicon) {
    this.model = model.model();
    this.features = new StanceFeatures(lexicon, model.combined());
    this.targets = new TargetFinder(lexicon);
    this.id = model.manifest().path("id").asText("stance-model");
    this.lexicon = new LexiconStanceClassifier(lexicon);
  }

  @Override
  public StanceDecision classify(Statement st, AnalyzedDocument doc) {
    Target target = targets.find(st, doc);
    Statement withTarget = st.withStance(st.stance(), st.confidence(), target);
    Optional<StanceDecision> implied = TargetFinder.impliedStance(target);
    if (implied.isPresent()) {
      return implied.get();
    }
    double[] p = model.eval(features.of(withTarget, doc).toArray(String[]::new));
    String best = model.getBestOutcome(p);
    double confidence = p[model.getIndex(best)];
    if (confidence < DEFER_BELOW) {
      StanceDecision byCue = lexicon.classify(withTarget, doc);
      if (byCue.confidence() >= CUE_DECISION) {
        return byCue;
      }
    }
    return new StanceDecision(Stance.valueOf(best), Math.max(0, Math.min(1, confidence)), target, "model " + id);
  }
}
