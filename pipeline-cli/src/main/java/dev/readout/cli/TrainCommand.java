package dev.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.corpus.GoldCorpus;
import dev.readout.eval.AnchoredSet;
import dev.readout.eval.StanceExperiments;
import dev.readout.lexicon.Lexicon;
import dev.readout.pipeline.Pipeline;
import dev.readout.stance.EncoderFeatures;
import dev.readout.stance.SentenceEncoder;
import dev.readout.stance.StanceModel;
import dev.readout.stance.StanceTrainer;
import dev.readout.stance.StanceTrainer.Example;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout train stance}: a stance model from gold statements. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains models on gold data.")
final class TrainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "TASK", description = "stance, or ner (the fast profile's name finder)")
  String task;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold corpus directory (gold documents and split.tsv).")
  Path gold;

  @Option(names = "--split", defaultValue = "dev", description = "Split to train on (default dev).")
  String split;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Model file to write.")
  Path output;

  @Option(names = "--algorithm", defaultValue = "MAXENT", description = "MAXENT (default) or PERCEPTRON.")
  String algorithm;

  @Option(names = "--iterations", defaultValue = "200")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "1")
  int cutoff;

  @Option(names = "--no-lexicon-feature", description = "Leave the lexicon classifier's decision out of the features.")
  boolean noLexiconFeature;

  @Option(names = "--classifier", defaultValue = "maxent",
      description = "maxent (default: OpenNLP's maxent over the statement's features), encoder (a softmax regression over all-MiniLM-L6-v2's "
          + "vector of the statement with its target marked) or combined (both, their probabilities averaged).")
  String classifier;

  @Option(names = "--l2", defaultValue = "" + StanceTrainer.DEFAULT_L2, description = "The encoder head's L2 penalty (default ${DEFAULT-VALUE}).")
  double l2;

  @Option(names = "--head-iterations", defaultValue = "" + StanceTrainer.DEFAULT_HEAD_ITERATIONS,
      description = "The encoder head's gradient steps (default ${DEFAULT-VALUE}).")
  int headIterations;

  @Option(names = "--maxent-weight", defaultValue = "" + StanceTrainer.DEFAULT_MAXENT_WEIGHT,
      description = "A combined model's share of the maxent model's probabilities (default ${DEFAULT-VALUE}).")
  double maxentWeight;

  @Option(names = "--target-vector", description = "The encoder head also sees the vector of the target's words alone.")
  boolean targetVector;

  @Option(names = "--no-encoder-lexicon-feature", description = "Leave the lexicon classifier's decision out of the encoder head's input.")
  boolean noEncoderLexiconFeature;

  @Option(names = "--compare", description = {"Compare the classifiers (lexicon, maxent with and without the lexicon feature, encoder, combined)",
      "by cross-validation on the split and, with --real-dev, on those documents; prints a table and trains nothing."})
  boolean compare;

  @Option(names = "--real-dev", paramLabel = "DIR",
      description = "Anchored gold (texts in DIR/../texts) to score the compared classifiers, or the trained model (its manifest keeps the score), on.")
  Path realDev;

  @Option(names = "--add", paramLabel = "DIR",
      description = "Anchored gold whose statements are added to the training data (and to the cross-validation, a document a unit), e.g. the real corpus.")
  Path add;

  @Option(names = "--add-texts", paramLabel = "DIR", description = "The texts of --add (default: DIR/../texts).")
  Path addTexts;

  @Option(names = "--add-split", defaultValue = "dev", description = "The split of --add to train on (default ${DEFAULT-VALUE}).")
  String addSplit;

  @Option(names = "--real-folds", defaultValue = "5", description = "Folds of --real-dev documents added to training in turn (default 5).")
  int realFolds;

  @Option(names = "--report", paramLabel = "FILE", description = "With --compare: the comparison as JSON.")
  Path report;

  @Option(names = "--folds", defaultValue = "10", description = "Cross-validation folds, by document (default 10).")
  int folds;

  @Option(names = "--seed", defaultValue = "13", description = "Seed of the fold shuffle (default 13).")
  long seed;

  @Spec CommandSpec spec;

  private Integer trainNames() throws IOException {
    GoldCorpus corpus = GoldCorpus.load(gold);
    dev.readout.eval.NameFinderTraining t = new dev.readout.eval.NameFinderTraining(Lexicon.loadDefault());
    var samples = t.samples(corpus.documents(split));
    var model = t.train(samples, iterations == 200 ? 100 : iterations, cutoff);
    try (OutputStream out = Files.newOutputStream(ReadoutCommand.creatingParent(output))) {
      model.serialize(out);
    }
    spec.commandLine().getOut().printf("trained a name finder on %d sentences of %d %s documents (corpus sha256 %s); wrote %s%n",
        samples.size(), corpus.documents(split).size(), split, corpus.hash(), output);
    return 0;
  }

  @Override
  public Integer call() throws IOException {
    if (task.equals("ner")) {
      return trainNames();
    }
    if (!task.equals("stance")) {
      throw new IllegalArgumentException("unknown task '" + task + "': train stance or ner");
    }
    StanceTrainer.Classifier kind = switch (classifier.toLowerCase(java.util.Locale.ROOT)) {
      case "maxent" -> StanceTrainer.Classifier.MAXENT;
      case "encoder" -> StanceTrainer.Classifier.ENCODER;
      case "combined" -> StanceTrainer.Classifier.COMBINED;
      case "stacked" -> StanceTrainer.Classifier.STACKED;
      default -> throw new IllegalArgumentException("--classifier: '" + classifier + "' is none of maxent, encoder, combined, stacked");
    };
    GoldCorpus corpus = GoldCorpus.load(gold);
    Lexicon lexicon = Lexicon.loadDefault();
    Pipeline pipeline = Pipeline.builder().lexicon(lexicon).lexiconStance().build();
    StanceExperiments ex = new StanceExperiments(lexicon);
    Map<String, List<Example>> byDoc = new java.util.LinkedHashMap<>(ex.examples(pipeline, corpus.documents(split)));
    if (add != null) {
      Path texts = addTexts != null ? addTexts : add.toAbsolutePath().getParent().resolve("texts");
      List<AnchoredSet.Item> items = AnchoredSet.hasSplit(add) ? AnchoredSet.load(add, texts, addSplit) : AnchoredSet.load(add, texts);
      ex.anchoredExamples(pipeline, items).forEach((id, examples) -> {
        if (byDoc.putIfAbsent(id, examples) != null) {
          throw new IllegalArgumentException("--add: document '" + id + "' is also in " + gold);
        }
      });
    }
    StanceTrainer.Settings settings = new StanceTrainer.Settings(algorithm, iterations, cutoff, !noLexiconFeature)
        .with(kind)
        .withEncoder(new EncoderFeatures.Options(targetVector, !noEncoderLexiconFeature), l2, headIterations)
        .withMaxentWeight(maxentWeight);
    Map<String, List<Example>> real = Map.of();
    if (realDev != null) {
      real = ex.anchoredExamples(pipeline, AnchoredSet.load(realDev, realDev.toAbsolutePath().getParent().resolve("texts")));
    }
    if (compare) {
      return compare(ex, byDoc, real, settings);
    }
    SentenceEncoder encoder = kind == StanceTrainer.Classifier.MAXENT ? null : StanceExperiments.caching(SentenceEncoder.loadDefault());
    ObjectNode cv = kind == StanceTrainer.Classifier.MAXENT
        ? ex.crossValidate(byDoc, settings, folds, seed)
        : crossValidateOne(ex, byDoc, settings, encoder);
    if (add != null) {
      ObjectNode added = cv.putObject("added");
      added.put("gold", add.toAbsolutePath().normalize().getFileName().toString());
      added.put("split", addSplit);
      added.put("documents", byDoc.size() - corpus.documents(split).size());
      added.put("gold_sha256", Hashing.directory(add));
    }
    String dataHash = add == null ? corpus.hash() : Hashing.combined(List.of(corpus.hash(), Hashing.directory(add)));
    List<Example> all = new ArrayList<>();
    byDoc.values().forEach(all::addAll);
    if (!real.isEmpty()) {
      // scored before training the final model so that the manifest holds it: the same data and settings give the same model
      List<Example> realExamples = new ArrayList<>();
      real.values().forEach(realExamples::addAll);
      StanceModel probe = new StanceTrainer(lexicon, encoder).train(all, settings, dataHash, null);
      ObjectNode r = StanceExperiments.score(ex.classifier(probe, encoder), realExamples);
      r.put("documents", real.size());
      r.put("gold_sha256", Hashing.directory(realDev));
      cv.set("real_dev", r);
    }
    StanceModel model = new StanceTrainer(lexicon, encoder).train(all, settings, dataHash, cv);
    try (OutputStream out = Files.newOutputStream(ReadoutCommand.creatingParent(output))) {
      model.save(out);
    }
    spec.commandLine().getOut().printf("trained on %d statements of %d documents (%s of %s%s); %d-fold cross-validation (seed %d):%n",
        all.size(), byDoc.size(), split, gold, add == null ? "" : ", " + addSplit + " of " + add, folds, seed);
    for (String k : List.of("lexicon", "trained", "combined", "real_dev")) {
      if (cv.has(k)) {
        spec.commandLine().getOut().printf("  %-9s accuracy %.3f  macro-F1 %.3f%n", k, cv.path(k).path("accuracy").asDouble(), cv.path(k).path("macro_f1").asDouble());
      }
    }
    spec.commandLine().getOut().printf("wrote %s%n%s%n", output, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(model.manifest()));
    return 0;
  }

  /** Cross-validation of one encoder or combined setting, in the manifest's shape (lexicon, then this classifier as "trained"). */
  private ObjectNode crossValidateOne(StanceExperiments ex, Map<String, List<Example>> byDoc, StanceTrainer.Settings settings, SentenceEncoder encoder) {
    ObjectNode c = ex.compare(byDoc, Map.of(), Map.of(classifier, settings), encoder, folds, realFolds, seed);
    ObjectNode cv = new ObjectMapper().createObjectNode();
    cv.put("folds", folds);
    cv.put("seed", seed);
    cv.put("documents", byDoc.size());
    cv.set("lexicon", c.path("classifiers").path("lexicon").path("cv"));
    cv.set("trained", c.path("classifiers").path(classifier).path("cv"));
    return cv;
  }

  /**
   * The classifiers {@code --compare} compares: maxent with and without the lexicon feature; the encoder's head with
   * the lexicon feature under four L2 penalties, without it, and with the target's own vector; the two averaged;
   * and stacked (the maxent model over the head's out-of-fold decisions) under three penalties and without the
   * head's lexicon feature.
   */
  private static Map<String, StanceTrainer.Settings> comparedSettings(StanceTrainer.Settings base) {
    Map<String, StanceTrainer.Settings> variants = new java.util.LinkedHashMap<>();
    StanceTrainer.Settings maxent = base.with(StanceTrainer.Classifier.MAXENT);
    variants.put("maxent", maxent.withLexiconFeature(false));
    variants.put("maxent+lexicon", maxent.withLexiconFeature(true));
    int steps = base.headIterations();
    EncoderFeatures.Options lex = new EncoderFeatures.Options(false, true);
    StanceTrainer.Settings enc = base.with(StanceTrainer.Classifier.ENCODER);
    variants.put("encoder l2=0.3", enc.withEncoder(new EncoderFeatures.Options(false, false), 0.3, steps));
    for (double penalty : new double[] {0.01, 0.1, 0.3, 1}) {
      variants.put("encoder+lexicon l2=" + penalty, enc.withEncoder(lex, penalty, steps));
    }
    variants.put("encoder+target+lexicon l2=0.1", enc.withEncoder(new EncoderFeatures.Options(true, true), 0.1, steps));
    variants.put("combined w=0.5 l2=0.3", base.with(StanceTrainer.Classifier.COMBINED).withLexiconFeature(true)
        .withEncoder(lex, 0.3, steps).withMaxentWeight(0.5));
    StanceTrainer.Settings stack = base.with(StanceTrainer.Classifier.STACKED).withLexiconFeature(true);
    for (double penalty : new double[] {0.1, 0.3, 1}) {
      variants.put("stacked l2=" + penalty, stack.withEncoder(lex, penalty, steps));
    }
    variants.put("stacked, head without lexicon, l2=0.3", stack.withEncoder(new EncoderFeatures.Options(false, false), 0.3, steps));
    return variants;
  }

  /** "+fixed/-broken": where {@code predicted} differs from {@code reference}, how often it is right and how often the reference was. */
  static String changed(String gold, String reference, String predicted) {
    if (gold.isEmpty() || predicted.length() != gold.length() || reference.length() != gold.length()) {
      return "";
    }
    int fixed = 0;
    int broken = 0;
    for (int i = 0; i < gold.length(); i++) {
      if (predicted.charAt(i) != reference.charAt(i)) {
        fixed += predicted.charAt(i) == gold.charAt(i) ? 1 : 0;
        broken += reference.charAt(i) == gold.charAt(i) ? 1 : 0;
      }
    }
    return "+" + fixed + "/-" + broken;
  }

  /** {@code --compare}: every classifier under every protocol, as a table. */
  private Integer compare(StanceExperiments ex, Map<String, List<Example>> dev, Map<String, List<Example>> real, StanceTrainer.Settings base)
      throws IOException {
    SentenceEncoder encoder = StanceExperiments.caching(SentenceEncoder.loadDefault());
    ObjectNode c = ex.compare(dev, real, comparedSettings(base), encoder, folds, realFolds, seed);
    var out = spec.commandLine().getOut();
    out.printf("%d dev documents (%d statements), %d-fold CV by document, seed %d", c.path("dev_documents").asInt(), c.path("dev_examples").asInt(), folds, seed);
    if (realDev != null) {
      out.printf("; %d real documents (%d statements): trained on dev, and %d folds of real added to dev", c.path("real_documents").asInt(),
          c.path("real_examples").asInt(), realFolds);
    }
    out.println();
    out.printf("%-38s %7s %7s %9s %9s %7s %13s %13s%n", "classifier", "cv acc", "cv F1", "real acc", "real F1", "changed",
        "realfold acc", "realfold F1");
    String gold = c.path("real_gold").asText();
    String reference = c.path("classifiers").path("maxent+lexicon").path("real_predictions").asText();
    c.path("classifiers").fields().forEachRemaining(e -> out.printf("%-38s %7.3f %7.3f %9.3f %9.3f %7s %13.3f %13.3f%n", e.getKey(),
        e.getValue().path("cv").path("accuracy").asDouble(), e.getValue().path("cv").path("macro_f1").asDouble(),
        e.getValue().path("real").path("accuracy").asDouble(), e.getValue().path("real").path("macro_f1").asDouble(),
        changed(gold, reference, e.getValue().path("real_predictions").asText()),
        e.getValue().path("real_folds").path("accuracy").asDouble(), e.getValue().path("real_folds").path("macro_f1").asDouble()));
    if (realDev != null) {
      out.println("changed: real statements on which the classifier differs from maxent+lexicon, as +fixed/-broken");
    }
    if (report != null) {
      Files.writeString(ReadoutCommand.creatingParent(report), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(c));
    }
    return 0;
  }
}
