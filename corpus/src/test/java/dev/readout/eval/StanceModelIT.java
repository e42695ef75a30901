package dev.readout.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.corpus.GoldCorpus;
import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.ModelLoadException;
import dev.readout.model.AnalyzedDocument;
import dev.readout.pipeline.Pipeline;
import dev.readout.stance.StanceModel;
import dev.readout.stance.StanceTrainer;
import dev.readout.stance.StanceTrainer.Example;
import dev.readout.stance.TrainedStanceClassifier;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training, saving, loading and refusing stance models, on a few gold documents. */
class StanceModelIT {
  @TempDir Path dir;

  private static final Lexicon LEXICON = Lexicon.loadDefault();

  private static List<Example> examples() {
    GoldCorpus c = GoldCorpus.load(Path.of("src/main/resources/dev/readout/corpus/gold"));
    List<AnalyzedDocument> docs = c.documents("dev").subList(0, 6);
    Pipeline p = dev.readout.corpus.SharedPipelineAccess.get();
    Map<String, List<Example>> byDoc = new StanceExperiments(LEXICON).examples(p, docs);
    List<Example> all = new ArrayList<>();
    byDoc.values().forEach(all::addAll);
    return all;
  }

  private static byte[] bytes(StanceModel m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return out.toByteArray();
  }

  @Test
  void sameDataAndParametersGiveTheSameModelAndItRoundTrips() throws Exception {
    List<Example> ex = examples();
    assertTrue(ex.size() > 30, "examples: " + ex.size());
    StanceTrainer trainer = new StanceTrainer(LEXICON);
    StanceModel a = trainer.train(ex, StanceTrainer.Settings.defaults(), "h", null);
    StanceModel b = trainer.train(ex, StanceTrainer.Settings.defaults(), "h", null);
    assertArrayEquals(bytes(a), bytes(b));
    Path f = dir.resolve("m.zip");
    Files.write(f, bytes(a));
    StanceModel loaded = StanceModel.load(f);
    assertEquals("stance", loaded.manifest().path("task").asText());
    TrainedStanceClassifier original = new TrainedStanceClassifier(a, LEXICON);
    TrainedStanceClassifier reread = new TrainedStanceClassifier(loaded, LEXICON);
    int agree = 0;
    for (Example e : ex) {
      if (original.classify(e.statement(), e.document()).stance() == reread.classify(e.statement(), e.document()).stance()) {
        agree++;
      }
    }
    assertEquals(ex.size(), agree);
  }

  @Test
  void modelsOfAnotherTaskOrFormatAreRefusedClearly() throws Exception {
    StanceModel m = new StanceTrainer(LEXICON).train(examples(), StanceTrainer.Settings.defaults(), "h", null);
    m.manifest().put("task", "ner");
    Path wrongTask = dir.resolve("ner.zip");
    Files.write(wrongTask, bytes(m));
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> StanceModel.load(wrongTask));
    assertTrue(e.getMessage().contains("a model for task 'ner', not for stance"), e.getMessage());
    m.manifest().put("task", "stance");
    m.manifest().put("format", 99);
    Path future = dir.resolve("future.zip");
    Files.write(future, bytes(m));
    e = assertThrows(ModelLoadException.class, () -> StanceModel.load(future));
    assertTrue(e.getMessage().contains("retrain it"), e.getMessage());
    Path junk = dir.resolve("junk.zip");
    Files.writeString(junk, "not a zip");
    e = assertThrows(ModelLoadException.class, () -> StanceModel.load(junk));
    assertTrue(e.getMessage().startsWith(junk.toString()), e.getMessage());
  }

  @Test
  void theShippedModelIsTheDefaultAndSaysWhatItIs() {
    StanceModel shipped = StanceModel.loadDefault().orElseThrow();
    assertTrue(shipped.combined());
    assertTrue(shipped.manifest().path("scores").has("lexicon"));
    assertEquals("TrainedStanceClassifier", dev.readout.corpus.SharedPipelineAccess.get().models().get("stage.stance"));
  }
}
