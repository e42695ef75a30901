package dev.readout.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Stance;
import dev.readout.stance.StanceModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped encoder stance model, chosen with {@code encoderStance()}, on the fast profile (no CoreNLP needed). */
class EncoderStanceIT {
  private static final String TEXT = "Minister Lima welcomed Minister Oda to Lisbon. "
      + "Minister Oda condemned the missile launches. The two ministers discussed trade.";

  @Test
  void classifiesWithTheEncoderAndSaysSo() {
    Pipeline p = Pipeline.builder().profile(Profile.FAST).encoderStance().build();
    assertEquals("EncoderStanceClassifier", p.models().get("stage.stance"));
    assertTrue(p.models().get("stance.encoder").startsWith("all-minilm-l6-v2-q@"), p.models().toString());
    AnalyzedDocument doc = p.analyze("e", TEXT);
    List<Stance> stances = doc.statements().stream().map(s -> s.stance()).toList();
    assertEquals(List.of(Stance.SUPPORT, Stance.OPPOSE, Stance.NEUTRAL), stances);
  }

  @Test
  void theShippedEncoderModelKeepsItsManifest() {
    StanceModel m = StanceModel.loadResource(StanceModel.ENCODER_RESOURCE).orElseThrow();
    assertTrue(m.needsEncoder() && m.model() != null);
    assertEquals(2, m.manifest().path("format").asInt());
    assertTrue(m.manifest().path("encoder").path("id").asText().startsWith("all-minilm-l6-v2-q@"));
    assertEquals(64, m.manifest().path("training_data_sha256").asText().length());
    assertTrue(m.manifest().path("scores").path("trained").path("macro_f1").asDouble() > 0.85, m.manifest().toString());
    assertEquals("MAXENT", StanceModel.loadDefault().orElseThrow().manifest().path("parameters").path("algorithm").asText(),
        "the default stays the maxent model");
  }
}
