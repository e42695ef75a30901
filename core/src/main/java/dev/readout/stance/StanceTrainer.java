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
 * Trains a stance model with Apache OpenNLP's maximum-entropy (GIS) or perceptron trainer on statements
 * labelled with their gold stance. Deterministic: the same examples and parameters give the same model.
 */
public final class StanceTrainer {
  /** One training example: a statement as the pipeline found it, in its document, with the gold stance. */
  public record Example(Statement statement, AnalyzedDocument document, Stance gold) {}

  /** Training settings. */
  public record Settings(String algorithm, int iterations, int cutoff, boolean lexiconFeature) {
    public static Settings defaults() {
      return new Settings("MAXENT", 200, 1, true);
    }
  }

  private final Lexicon lexicon;

  public StanceTrainer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Trains a model; {@code dataHash} and {@code scores} go into its manifest. */
  public StanceModel train(List<Example> examples, Settings settings, String dataHash, ObjectNode scores) {
    StanceFeatures features = new StanceFeatures(lexicon, settings.lexiconFeature());
    List<Event> events = new ArrayList<>();
    for (Example e : examples) {
      events.add(new Event(e.gold().name(), features.of(e.statement(), e.document()).toArray(String[]::new)));
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    p.put(TrainingParameters.THREADS_PARAM, 1);
    MaxentModel model;
    try {
      EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
      model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode m = new ObjectMapper().createObjectNode();
    m.put("id", "stance-en-" + settings.algorithm().toLowerCase(java.util.Locale.ROOT));
    m.put("task", StanceModel.TASK);
    m.put("format", StanceModel.FORMAT);
    m.put("language", "en");
    m.put("training_data_sha256", dataHash);
    m.put("examples", examples.size());
    m.put("lexicon_feature", settings.lexiconFeature());
    ObjectNode params = m.putObject("parameters");
    params.put("algorithm", settings.algorithm());
    params.put("iterations", settings.iterations());
    params.put("cutoff", settings.cutoff());
    ObjectNode versions = m.putObject("versions");
    Resources.versions().forEach(versions::put);
    lexicon.modelIds().forEach(versions::put);
    if (scores != null) {
      m.set("scores", scores);
    }
    return new StanceModel(model, m);
  }
}
