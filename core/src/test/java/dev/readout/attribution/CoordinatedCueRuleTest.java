package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class CoordinatedCueRuleTest {
  private static final AnalyzedDocument WELCOMED_AND_SAID = Parsed.doc("""
      Minister/NNP/2/compound Tanaka/NNP/3/nsubj welcomed/VBD/0/root/welcome the/DT/5/det visit/NN/3/obj and/CC/7/cc said/VBD/3/conj/say that/IN/10/mark ties/NNS/10/nsubj/tie would/MD/10/aux deepen/VB/7/ccomp ././3/punct
      """, "Minister=TITLE", "Tanaka=PERSON");

  @Test
  void aSecondCueSharesTheFirstOnesSpeaker() {
    AnalyzedDocument out = Attributions.attribute(WELCOMED_AND_SAID);
    assertEquals("[Tanaka] by coordinated-cue>subject-of-cue via [name:person]", Attributions.spoken(out, "said"));
    assertEquals("coordinated-cue", Attributions.cue(out, "said").orElseThrow().rule());
  }

  @Test
  void withoutItTheSecondCueHasNoSpeaker() {
    assertTrue(Attributions.cue(Attributions.without("coordinated-cue", WELCOMED_AND_SAID), "said").isEmpty());
  }

  @Test
  void whatTwoSidesDoTogetherAfterATalkHasBothSpeak() {
    AnalyzedDocument doc = Parsed.doc("""
        Minister/NNP/2/compound Lind/NNP/3/nsubj held/VBD/0/root/hold talks/NNS/3/obj/talk with/IN/7/case Minister/NNP/7/compound Holm/NNP/4/nmod and/CC/9/cc discussed/VBD/3/conj/discuss security/NN/9/obj ././3/punct
        """, "Minister=TITLE", "Lind=PERSON", "Holm=PERSON");
    assertEquals("[Lind, Holm] by coordinated-cue>subject-of-cue+meeting-partners via [name:person, name:person]",
        Attributions.spoken(Attributions.attribute(doc), "discussed"));
  }
}
