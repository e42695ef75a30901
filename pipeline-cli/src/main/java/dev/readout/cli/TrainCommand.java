package dev.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.corpus.GoldCorpus;
import dev.readout.eval.StanceExperiments;
import dev.readout.lexicon.Lexicon;
import dev.readout.pipeline.Pipeline;
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
    GoldCorpus corpus = GoldCorpus.load(gold);
    Lexicon lexicon = Lexicon.loadDefault();
    Pipeline pipeline = Pipeline.builder().lexicon(lexicon).lexiconStance().build();
    StanceExperiments ex = new StanceExperiments(lexicon);
    Map<String, List<Example>> byDoc = ex.examples(pipeline, corpus.documents(split));
    StanceTrainer.Settings settings = new StanceTrainer.Settings(algorithm, iterations, cutoff, !noLexiconFeature);
    ObjectNode cv = ex.crossValidate(byDoc, settings, folds, seed);
    List<Example> all = new ArrayList<>();
    byDoc.values().forEach(all::addAll);
    StanceModel model = new StanceTrainer(lexicon).train(all, settings, corpus.hash(), cv);
    try (OutputStream out = Files.newOutputStream(ReadoutCommand.creatingParent(output))) {
      model.save(out);
    }
    spec.commandLine().getOut().printf("trained on %d statements of %d %s documents; %d-fold cross-validation (seed %d):%n",
        all.size(), byDoc.size(), split, folds, seed);
    for (String k : List.of("lexicon", "trained", "combined")) {
      spec.commandLine().getOut().printf("  %-9s accuracy %.3f  macro-F1 %.3f%n", k, cv.path(k).path("accuracy").asDouble(), cv.path(k).path("macro_f1").asDouble());
    }
    spec.commandLine().getOut().printf("wrote %s%n%s%n", output, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(model.manifest()));
    return 0;
  }
}
