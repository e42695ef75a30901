package dev.readout.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.ModelLoadException;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.stance.StanceTrainer.Classifier;
import dev.readout.stance.StanceTrainer.Example;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoder stance classifier on hand-built statements whose cue ("said") and words carry no stance in the
 * lexicons, with a made-up encoder that gives each of the words alpha, beta and gamma its own direction: only
 * what the head learned from the vectors can tell their stances apart.
 */
class EncoderStanceClassifierTest {
  private static final Lexicon LEXICON = Lexicon.loadDefault();
  @TempDir Path dir;

  /** Word counts hashed into 12 dimensions, alpha, beta and gamma each in a dimension of its own; records what it read. */
  static final class WordEncoder implements SentenceEncoder {
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final int dimension;

    WordEncoder(int dimension) {
      this.dimension = dimension;
    }

    @Override
    public String id() {
      return "words@test";
    }

    @Override
    public int dimension() {
      return dimension;
    }

    @Override
    public float[] encode(String text) {
      seen.add(text);
      float[] v = new float[dimension];
      for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
        int k = switch (w) {
          case "alpha" -> 0;
          case "beta" -> 1;
          case "gamma" -> 2;
          default -> 3 + Math.floorMod(w.hashCode(), dimension - 3);
        };
        v[k] += 1;
      }
      return v;
    }
  }

  private static Example example(String content, Stance gold) {
    AnalyzedDocument d = HandBuilt.document("The Minister", "said", "say", content);
    return new Example(d.statements().get(0), d, gold);
  }

  private static List<Example> training() {
    List<Example> out = new ArrayList<>();
    String[] fillers = {"plan", "idea", "step", "move", "proposal", "draft"};
    for (String f : fillers) {
      out.add(example("alpha " + f, Stance.SUPPORT));
      out.add(example("beta " + f, Stance.OPPOSE));
      out.add(example("gamma " + f, Stance.NEUTRAL));
    }
    return out;
  }

  private static StanceTrainer.Settings settings(Classifier c) {
    return StanceTrainer.Settings.defaults().with(c).withEncoder(new EncoderFeatures.Options(false, true), 0.01, 200);
  }

  private static Stance classify(StanceClassifier c, String content) {
    AnalyzedDocument d = HandBuilt.document("The Minister", "said", "say", content);
    return c.classify(d.statements().get(0), d).stance();
  }

  @Test
  void theLexiconAloneCannotTellTheseApart() {
    LexiconStanceClassifier lex = new LexiconStanceClassifier(LEXICON);
    assertEquals(classify(lex, "alpha outline"), classify(lex, "beta outline"));
  }

  @Test
  void learnsTheStanceFromTheEncodersVectors() {
    WordEncoder enc = new WordEncoder(12);
    StanceModel m = new StanceTrainer(LEXICON, enc).train(training(), settings(Classifier.ENCODER), "h", null);
    EncoderStanceClassifier c = new EncoderStanceClassifier(m, LEXICON, enc);
    assertEquals(Stance.SUPPORT, classify(c, "alpha outline"));
    assertEquals(Stance.OPPOSE, classify(c, "beta outline"));
    assertEquals(Stance.NEUTRAL, classify(c, "gamma outline"));
  }

  @Test
  void theEncoderReadsTheCueAndTheContentWithTheTargetMarked() {
    WordEncoder enc = new WordEncoder(12);
    StanceModel m = new StanceTrainer(LEXICON, enc).train(training(), settings(Classifier.ENCODER), "h", null);
    AnalyzedDocument d = HandBuilt.document("The Minister", "said", "say", "alpha outline");
    StanceDecision decision = new EncoderStanceClassifier(m, LEXICON, enc).classify(d.statements().get(0), d);
    Statement withTarget = d.statements().get(0).withStance(null, 0, decision.target());
    String marked = EncoderFeatures.markedText(withTarget, d);
    assertTrue(marked.startsWith("said ") && marked.contains("[") && marked.contains("]"), marked);
    assertTrue(enc.seen.contains(marked), enc.seen.toString());
  }

  @Test
  void marksATargetInsideTheContentAndAppendsOneOutsideIt() {
    AnalyzedDocument d = HandBuilt.document("The Minister", "said", "say", "the  alpha plan");
    Statement st = d.statements().get(0);
    int begin = d.text().indexOf("alpha");
    Statement inside = st.withStance(null, 0, new Target("alpha plan", null, new dev.readout.model.Span(begin, begin + 10), null, "test"));
    assertEquals("said the [alpha plan]", EncoderFeatures.markedText(inside, d));
    Statement outside = st.withStance(null, 0, new Target("Japan", "a2"));
    assertEquals("said the alpha plan [Japan]", EncoderFeatures.markedText(outside, d));
    assertEquals("said the alpha plan", EncoderFeatures.markedText(st, d));
  }

  @Test
  void aCombinedModelAveragesTheMaxentAndEncoderProbabilities() {
    WordEncoder enc = new WordEncoder(12);
    StanceTrainer trainer = new StanceTrainer(LEXICON, enc);
    StanceModel combined = trainer.train(training(), settings(Classifier.COMBINED).withMaxentWeight(0.25), "h", null);
    StanceModel encoderOnly = new StanceModel(null, combined.head(), combined.manifest());
    AnalyzedDocument d = HandBuilt.document("The Minister", "said", "say", "beta outline");
    Statement st = d.statements().get(0).withStance(null, 0, new TargetFinder(LEXICON).find(d.statements().get(0), d));
    double[] both = new EncoderStanceClassifier(combined, LEXICON, enc).probabilities(st, d);
    double[] head = new EncoderStanceClassifier(encoderOnly, LEXICON, enc).probabilities(st, d);
    double[] maxent = new TrainedStanceClassifier(combined, LEXICON).probabilities(st, d);
    for (int k = 0; k < 3; k++) {
      assertEquals(0.25 * maxent[k] + 0.75 * head[k], both[k], 1e-12);
    }
    assertEquals("stance-en-maxent+encoder", combined.manifest().path("id").asText());
  }

  @Test
  void aStackedModelFeedsTheHeadsDecisionToTheMaxentModel() {
    WordEncoder enc = new WordEncoder(12);
    StanceModel stacked = new StanceTrainer(LEXICON, enc).train(training(), settings(Classifier.STACKED), "h", null);
    assertEquals("stacked", stacked.manifest().path("classifier").asText());
    assertEquals(StanceTrainer.STACK_FOLDS, stacked.manifest().path("parameters").path("stack_folds").asInt());
    AnalyzedDocument d = HandBuilt.document("The Minister", "said", "say", "gamma outline");
    Statement st = d.statements().get(0).withStance(null, 0, new TargetFinder(LEXICON).find(d.statements().get(0), d));
    double[] head = new EncoderStanceClassifier(new StanceModel(null, stacked.head(), stacked.manifest()), LEXICON, enc).probabilities(st, d);
    double[] expected = new TrainedStanceClassifier(stacked, LEXICON).probabilities(st, d, EncoderFeatures.decisionFeatures(head));
    assertArrayEquals(expected, new EncoderStanceClassifier(stacked, LEXICON, enc).probabilities(st, d), 1e-12);
    assertEquals(Stance.NEUTRAL, classify(new EncoderStanceClassifier(stacked, LEXICON, enc), "gamma outline"));
  }

  @Test
  void theHeadsDecisionSaysHowSureItIs() {
    assertEquals(List.of("enc=OPPOSE", "enc=OPPOSE_sure"), EncoderFeatures.decisionFeatures(new double[] {0.1, 0.85, 0.05}));
    assertEquals(List.of("enc=SUPPORT", "enc=SUPPORT_unsure"), EncoderFeatures.decisionFeatures(new double[] {0.4, 0.3, 0.3}));
  }

  @Test
  void aModelFileRoundTripsWithItsManifest() throws Exception {
    WordEncoder enc = new WordEncoder(12);
    StanceModel m = new StanceTrainer(LEXICON, enc).train(training(), settings(Classifier.COMBINED), "hash", null);
    Path file = dir.resolve("m.zip");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.save(bytes);
    Files.write(file, bytes.toByteArray());
    StanceModel back = StanceModel.load(file);
    assertEquals(2, back.manifest().path("format").asInt());
    assertEquals("combined", back.manifest().path("classifier").asText());
    assertEquals("words@test", back.manifest().path("encoder").path("id").asText());
    assertEquals("hash", back.manifest().path("training_data_sha256").asText());
    assertTrue(back.needsEncoder() && back.model() != null);
    EncoderStanceClassifier a = new EncoderStanceClassifier(m, LEXICON, enc);
    EncoderStanceClassifier b = new EncoderStanceClassifier(back, LEXICON, enc);
    for (Example e : training()) {
      Statement st = e.statement().withStance(null, 0, new TargetFinder(LEXICON).find(e.statement(), e.document()));
      assertArrayEquals(a.probabilities(st, e.document()), b.probabilities(st, e.document()), 0);
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    new StanceTrainer(LEXICON, enc).train(training(), settings(Classifier.COMBINED), "hash", null).save(again);
    assertArrayEquals(bytes.toByteArray(), again.toByteArray(), "the same data and settings give the same bytes");
  }

  @Test
  void anEncoderOfAnotherSizeIsRefused() {
    StanceModel m = new StanceTrainer(LEXICON, new WordEncoder(12)).train(training(), settings(Classifier.ENCODER), "h", null);
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> new EncoderStanceClassifier(m, LEXICON, new WordEncoder(20)));
    assertTrue(e.getMessage().contains("takes vectors of 18 features"), e.getMessage());
  }
}
