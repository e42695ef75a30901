package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class InfinitiveHostRuleTest {
  /** The parser made Dahl the subject of "discuss": the infinitive is Lima's meeting's, and both discuss. */
  private static final AnalyzedDocument DOC = Parsed.doc("""
      Minister/NNP/2/compound Lima/NNP/3/nsubj met/VBD/0/root/meet Minister/NNP/5/compound Dahl/NNP/7/nsubj to/TO/7/mark discuss/VB/3/advcl trade/NN/7/obj ././3/punct
      """, "Minister=TITLE", "Lima=PERSON", "Dahl=PERSON");

  @Test
  void anInfinitiveBelongsToTheMeetingAboveIt() {
    assertEquals("[Lima, Dahl] by infinitive-host>subject-of-cue+meeting-partners via [name:person, name:person]",
        Attributions.spoken(Attributions.attribute(DOC), "discuss"));
  }

  @Test
  void withoutItTheMisparsedSubjectSpeaksAlone() {
    assertEquals("[Dahl] by subject-of-cue via [name:person]", Attributions.spoken(Attributions.without("infinitive-host", DOC), "discuss"));
  }
}
