package dev.readout.stance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.Resources;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a stance model on statements labelled with their gold stance: Apache OpenNLP's maximum-entropy (GIS) or
 * perceptron trainer over {@link StanceFeatures} (MAXENT); a softmax regression over a sentence encoder's vectors
 * ({@link EncoderFeatures}, ENCODER); or both, their probabilities averaged (COMBINED). Deterministic: the same
 * examples and settings give the same model.
 */
public final class StanceTrainer {
  /** One training example: a statement as the pipeline found it, in its document, with the gold stance. */
  public record Example(Statement statement, AnalyzedDocument document, Stance gold) {}

  /** Which classifier to train. */
  public enum Classifier {
    /** OpenNLP's maxent (or perceptron) over the statement's features. */
    MAXENT,
    /** A softmax regression over the encoder's vectors. */
    ENCODER,
    /** Both, their probabilities averaged with the maxent model's weight {@code maxentWeight}. */
    COMBINED,
    /**
     * Stacked: the maxent model sees the encoder head's decision among its features (trained on decisions made
     * out of fold, {@value #STACK_FOLDS} folds by document, so that it learns how far to trust them on unseen text).
     */
    STACKED
  }

  /** Inner folds, by document, for a stacked model's out-of-fold encoder decisions. */
  public static final int STACK_FOLDS = 5;

  /**
   * Training settings.
   *
   * @param lexiconFeature the lexicon classifier's decision among the maxent model's features
   * @param encoderOptions what the encoder head sees besides the marked statement's vector
   * @param l2 the encoder head's L2 penalty
   * @param headIterations the encoder head's full-batch gradient steps
   * @param maxentWeight the maxent model's share of a combined model's probabilities
   */
  public record Settings(String algorithm, int iterations, int cutoff, boolean lexiconFeature, Classifier classifier,
      EncoderFeatures.Options encoderOptions, double l2, int headIterations, double maxentWeight) {
    public Settings {
      java.util.Objects.requireNonNull(classifier, "classifier");
      java.util.Objects.requireNonNull(encoderOptions, "encoderOptions");
      if (!(maxentWeight >= 0 && maxentWeight <= 1)) {
        throw new IllegalArgumentException("maxentWeight outside [0,1]: " + maxentWeight);
      }
    }

    /** A maxent model with these parameters. */
    public Settings(String algorithm, int iterations, int cutoff, boolean lexiconFeature) {
      this(algorithm, iterations, cutoff, lexiconFeature, Classifier.MAXENT, DEFAULT_ENCODER_OPTIONS, DEFAULT_L2,
          DEFAULT_HEAD_ITERATIONS, DEFAULT_MAXENT_WEIGHT);
    }

    public static Settings defaults() {
      return new Settings("MAXENT", 200, 1, true);
    }

    public Settings with(Classifier value) {
      return new Settings(algorithm, iterations, cutoff, lexiconFeature, value, encoderOptions, l2, headIterations, maxentWeight);
    }

    public Settings withLexiconFeature(boolean value) {
      return new Settings(algorithm, iterations, cutoff, value, classifier, encoderOptions, l2, headIterations, maxentWeight);
    }

    public Settings withEncoder(EncoderFeatures.Options options, double penalty, int steps) {
      return new Settings(algorithm, iterations, cutoff, lexiconFeature, classifier, options, penalty, steps, maxentWeight);
    }

    public Settings withMaxentWeight(double value) {
      return new Settings(algorithm, iterations, cutoff, lexiconFeature, classifier, encoderOptions, l2, headIterations, value);
    }
  }

  public static final EncoderFeatures.Options DEFAULT_ENCODER_OPTIONS = new EncoderFeatures.Options(false, true);
  public static final double DEFAULT_L2 = 0.01;
  public static final int DEFAULT_HEAD_ITERATIONS = 300;
  public static final double DEFAULT_MAXENT_WEIGHT = 0.5;

  private final Lexicon lexicon;
  private final SentenceEncoder encoder;

  /** A trainer of maxent models only. */
  public StanceTrainer(Lexicon lexicon) {
    this(lexicon, null);
  }

  /** A trainer of every kind; {@code encoder} may be null when only maxent models are trained. */
  public StanceTrainer(Lexicon lexicon, SentenceEncoder encoder) {
    this.lexicon = lexicon;
    this.encoder = encoder;
  }

  /** Trains a model; {@code dataHash} and {@code scores} go into its manifest. */
  public StanceModel train(List<Example> examples, Settings settings, String dataHash, ObjectNode scores) {
    SoftmaxRegression head = settings.classifier() == Classifier.MAXENT ? null : head(examples, settings);
    MaxentModel model = switch (settings.classifier()) {
      case ENCODER -> null;
      case STACKED -> maxent(examples, settings, outOfFoldDecisions(examples, settings));
      default -> maxent(examples, settings, null);
    };
    ObjectNode m = new ObjectMapper().createObjectNode();
    String algorithm = settings.algorithm().toLowerCase(java.util.Locale.ROOT);
    m.put("id", "stance-en-" + switch (settings.classifier()) {
      case MAXENT -> algorithm;
      case ENCODER -> "encoder";
      case COMBINED -> algorithm + "+encoder";
      case STACKED -> algorithm + "-over-encoder";
    });
    m.put("task", StanceModel.TASK);
    m.put("format", head == null ? 1 : StanceModel.FORMAT);
    m.put("language", "en");
    m.put("classifier", settings.classifier().name().toLowerCase(java.util.Locale.ROOT));
    m.put("training_data_sha256", dataHash);
    m.put("examples", examples.size());
    m.put("lexicon_feature", settings.lexiconFeature());
    ObjectNode params = m.putObject("parameters");
    if (model != null) {
      params.put("algorithm", settings.algorithm());
      params.put("iterations", settings.iterations());
      params.put("cutoff", settings.cutoff());
    }
    if (head != null) {
      params.put("l2", settings.l2());
      params.put("head_iterations", settings.headIterations());
      if (settings.classifier() == Classifier.COMBINED) {
        params.put("maxent_weight", settings.maxentWeight());
      }
      if (settings.classifier() == Classifier.STACKED) {
        params.put("stack_folds", STACK_FOLDS);
      }
      ObjectNode e = m.putObject("encoder");
      e.put("id", encoder.id());
      e.put("dimension", encoder.dimension());
      e.put("input", "cue and content, the target in " + EncoderFeatures.OPEN + " " + EncoderFeatures.CLOSE);
      e.put("target_vector", settings.encoderOptions().targetVector());
      e.put("lexicon_feature", settings.encoderOptions().lexiconFeature());
    }
    ObjectNode versions = m.putObject("versions");
    Resources.versions().forEach(versions::put);
    lexicon.modelIds().forEach(versions::put);
    if (scores != null) {
      m.set("scores", scores);
    }
    return new StanceModel(model, head, m);
  }

  /** With {@code encoderDecisions}, each example's features include that head's decision (a stacked model). */
  private MaxentModel maxent(List<Example> examples, Settings settings, List<double[]> encoderDecisions) {
    StanceFeatures features = new StanceFeatures(lexicon, settings.lexiconFeature());
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      List<String> f = new ArrayList<>(features.of(e.statement(), e.document()));
      if (encoderDecisions != null) {
        f.addAll(EncoderFeatures.decisionFeatures(encoderDecisions.get(i)));
      }
      events.add(new Event(e.gold().name(), f.toArray(String[]::new)));
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    p.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SoftmaxRegression head(List<Example> examples, Settings settings) {
    List<double[]> x = vectors(examples, settings);
    return SoftmaxRegression.train(x, labels(examples), LABELS, settings.l2(), settings.headIterations());
  }

  private static final List<String> LABELS = EncoderFeatures.ORDER.stream().map(Enum::name).toList();

  private static List<Integer> labels(List<Example> examples) {
    return examples.stream().map(e -> EncoderFeatures.ORDER.indexOf(e.gold())).toList();
  }

  private List<double[]> vectors(List<Example> examples, Settings settings) {
    if (encoder == null) {
      throw new IllegalStateException("an encoder model needs a trainer with a sentence encoder");
    }
    EncoderFeatures features = new EncoderFeatures(encoder, lexicon, settings.encoderOptions());
    TargetFinder targets = new TargetFinder(lexicon);
    List<double[]> x = new ArrayList<>();
    for (Example e : examples) {
      Statement st = e.statement();
      Statement withTarget = st.withStance(st.stance(), st.confidence(), targets.find(st, e.document()));
      x.add(features.of(withTarget, e.document()));
    }
    return x;
  }

  /**
   * Each example's encoder probabilities from a head trained without its document's fold: documents sorted by id and
   * dealt round into {@value #STACK_FOLDS} folds.
   */
  private List<double[]> outOfFoldDecisions(List<Example> examples, Settings settings) {
    List<double[]> x = vectors(examples, settings);
    List<Integer> y = labels(examples);
    List<String> docs = examples.stream().map(e -> e.document().id()).distinct().sorted().toList();
    double[][] out = new double[examples.size()][];
    for (int f = 0; f < STACK_FOLDS; f++) {
      java.util.Set<String> held = new java.util.HashSet<>();
      for (int d = f; d < docs.size(); d += STACK_FOLDS) {
        held.add(docs.get(d));
      }
      List<double[]> tx = new ArrayList<>();
      List<Integer> ty = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (!held.contains(examples.get(i).document().id())) {
          tx.add(x.get(i));
          ty.add(y.get(i));
        }
      }
      SoftmaxRegression h = tx.isEmpty() ? null : SoftmaxRegression.train(tx, ty, LABELS, settings.l2(), settings.headIterations());
      for (int i = 0; i < examples.size(); i++) {
        if (held.contains(examples.get(i).document().id())) {
          out[i] = h == null ? new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3} : h.probabilities(x.get(i));
        }
      }
    }
    return java.util.Arrays.asList(out);
  }
}
