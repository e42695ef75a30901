package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class PassiveAgentRuleTest {
  private static final AnalyzedDocument DOC = Parsed.doc("""
      The/DT/2/det decision/NN/4/nsubj:pass was/VBD/4/aux:pass/be welcomed/VBN/0/root/welcome by/IN/8/case the/DT/8/det European/NNP/8/compound Union/NNP/4/obl:agent ././4/punct
      """, "European Union=ORGANIZATION");

  @Test
  void aPassiveCuesAgentSpeaks() {
    assertEquals("[European Union] by passive-agent via [name:organisation]", Attributions.spoken(Attributions.attribute(DOC), "welcomed"));
  }

  @Test
  void withoutItThePassiveHasNoSpeaker() {
    assertTrue(Attributions.without("passive-agent", DOC).statements().isEmpty());
  }
}
