package dev.readout.stance;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import java.util.List;
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
  private final ModelDecision decision;
  private final String id;

  public TrainedStanceClassifier(StanceModel model, Lexicon lexicon) {
    if (model.model() == null) {
      throw new IllegalArgumentException("an encoder-only stance model: use EncoderStanceClassifier");
    }
    this.model = model.model();
    this.features = new StanceFeatures(lexicon, model.combined());
    this.id = model.manifest().path("id").asText("stance-model");
    this.decision = new ModelDecision(new TargetFinder(lexicon), new LexiconStanceClassifier(lexicon));
  }

  @Override
  public StanceDecision classify(Statement st, AnalyzedDocument doc) {
    return decision.decide(st, doc, this::probabilities, id);
  }

  /** The model's probabilities of SUPPORT, OPPOSE, NEUTRAL (in that order) for a statement that carries its target. */
  double[] probabilities(Statement withTarget, AnalyzedDocument doc) {
    return probabilities(withTarget, doc, List.of());
  }

  /** The same, with more features than the statement's own (a stacked model's encoder decision). */
  double[] probabilities(Statement withTarget, AnalyzedDocument doc, List<String> extra) {
    List<String> f = new java.util.ArrayList<>(features.of(withTarget, doc));
    f.addAll(extra);
    double[] p = model.eval(f.toArray(String[]::new));
    double[] out = new double[EncoderFeatures.ORDER.size()];
    for (int k = 0; k < p.length; k++) {
      out[EncoderFeatures.ORDER.indexOf(Stance.valueOf(model.getOutcome(k)))] = p[k];
    }
    return out;
  }
}
