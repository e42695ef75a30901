package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class ParticipleCueRuleTest {
  private static final AnalyzedDocument DOC = Parsed.doc("""
      Minister/NNP/2/compound Tanaka/NNP/3/nsubj discussed/VBD/0/root/discuss trade/NN/3/obj ,/,/6/punct underscoring/VBG/3/advcl/underscore the/DT/8/det value/NN/6/obj ././3/punct
      """, "Minister=TITLE", "Tanaka=PERSON");

  @Test
  void aParticipleSharesItsReportingVerbsSpeaker() {
    assertEquals("[Tanaka] by participle-cue>subject-of-cue via [name:person]", Attributions.spoken(Attributions.attribute(DOC), "underscoring"));
  }

  @Test
  void withoutItTheParticipleHasNoSpeaker() {
    assertTrue(Attributions.cue(Attributions.without("participle-cue", DOC), "underscoring").isEmpty());
  }
}
