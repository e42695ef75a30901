package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class SubjectOfCueRuleTest {
  private static final AnalyzedDocument DOC = Parsed.doc("""
      Minister/NNP/2/compound Tanaka/NNP/3/nsubj welcomed/VBD/0/root/welcome the/DT/5/det decision/NN/3/obj ././3/punct
      """, "Minister=TITLE", "Tanaka=PERSON");

  @Test
  void theSubjectSpeaks() {
    AnalyzedDocument out = Attributions.attribute(DOC);
    assertEquals("[Tanaka] by subject-of-cue via [name:person]", Attributions.spoken(out, "welcomed"));
    assertEquals("subject-of-cue", Attributions.cue(out, "welcomed").orElseThrow().rule());
    assertEquals("the decision", Attributions.cue(out, "welcomed").orElseThrow().content().text());
  }

  @Test
  void withoutItTheCueHasNoSpeaker() {
    assertTrue(Attributions.without("subject-of-cue", DOC).statements().isEmpty());
  }
}
