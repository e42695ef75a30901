package dev.readout.stance;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import java.util.List;

/**
 * Stance from a softmax regression over a pretrained sentence encoder's vector of the statement with its target
 * marked ({@link EncoderFeatures}): alone, averaged with a maxent model's probabilities (a combined model: the
 * manifest's {@code parameters.maxent_weight}), or as features of a maxent model (a stacked model). As in {@link TrainedStanceClassifier}, the target is found first,
 * a target that implies its stance decides, and a model unsure below 0.75 yields to a cue that carries its own
 * stance. Thread-safe: the encoder and both models are read-only.
 */
public final class EncoderStanceClassifier implements StanceClassifier {
  private final SoftmaxRegression head;
  private final EncoderFeatures features;
  private final TrainedStanceClassifier maxent;
  private final double maxentWeight;
  private final boolean stacked;
  private final ModelDecision decision;
  private final String id;

  public EncoderStanceClassifier(StanceModel model, Lexicon lexicon, SentenceEncoder encoder) {
    if (model.head() == null) {
      throw new IllegalArgumentException("not an encoder stance model: it has no head");
    }
    this.head = model.head();
    this.features = new EncoderFeatures(encoder, lexicon, options(model));
    if (features.dimension() != head.dimension()) {
      throw new dev.readout.lexicon.ModelLoadException("stance model " + model.manifest().path("id").asText("?") + " takes vectors of "
          + head.dimension() + " features; encoder " + encoder.id() + " with its options gives " + features.dimension());
    }
    this.maxent = model.model() == null ? null : new TrainedStanceClassifier(model, lexicon);
    this.maxentWeight = model.model() == null ? 0 : model.manifest().path("parameters").path("maxent_weight").asDouble(0.5);
    this.stacked = maxent != null && "stacked".equals(model.manifest().path("classifier").asText());
    this.decision = new ModelDecision(new TargetFinder(lexicon), new LexiconStanceClassifier(lexicon));
    this.id = model.manifest().path("id").asText("stance-model");
  }

  /** The encoder options a model was trained with, from its manifest. */
  static EncoderFeatures.Options options(StanceModel model) {
    var e = model.manifest().path("encoder");
    return new EncoderFeatures.Options(e.path("target_vector").asBoolean(false), e.path("lexicon_feature").asBoolean(false));
  }

  @Override
  public StanceDecision classify(Statement st, AnalyzedDocument doc) {
    return decision.decide(st, doc, this::probabilities, id);
  }

  /** The probabilities of SUPPORT, OPPOSE, NEUTRAL for a statement that carries its target. */
  double[] probabilities(Statement withTarget, AnalyzedDocument doc) {
    double[] h = head.probabilities(features.of(withTarget, doc));
    double[] p = new double[EncoderFeatures.ORDER.size()];
    List<String> labels = head.labels();
    for (int k = 0; k < labels.size(); k++) {
      p[EncoderFeatures.ORDER.indexOf(Stance.valueOf(labels.get(k)))] = h[k];
    }
    if (stacked) {
      return maxent.probabilities(withTarget, doc, EncoderFeatures.decisionFeatures(p));
    }
    if (maxent != null) {
      double[] m = maxent.probabilities(withTarget, doc);
      for (int k = 0; k < p.length; k++) {
        p[k] = maxentWeight * m[k] + (1 - maxentWeight) * p[k];
      }
    }
    return p;
  }
}
