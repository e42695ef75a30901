package dev.readout.stance;

import static dev.readout.model.ActorKind.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.model.Target;
import org.junit.jupiter.api.Test;

class VerbFrameTest {
  @Test
  void anInfinitiveIsAboutItsObject() {
    TargetFixture f = TargetFixture.sentence(
            "The/DT leaders/NNS agreed/VBD/agree to/TO continue/VB consultations/NNS on/IN trade/NN ./.")
        .says("agreed", "to continue consultations on trade");
    Target t = f.target();
    assertEquals("consultations on trade", t.text());
    assertEquals("infinitive", t.rule());
  }

  @Test
  void aVerbThatSaysLittleGivesWayToTheVerbAfterIt() {
    TargetFixture f = TargetFixture.sentence(
            "The/DT leaders/NNS agreed/VBD/agree to/TO continue/VB to/TO deepen/VB trade/NN ties/NNS ./.")
        .says("agreed", "to continue to deepen trade ties");
    Target t = f.target();
    assertEquals("trade ties", t.text());
    assertEquals("infinitive>light-verb", t.rule());
  }

  @Test
  void anInfinitiveWithoutObjectIsItsVerbPhrase() {
    TargetFixture f = TargetFixture.sentence("The/DT leaders/NNS agreed/VBD/agree to/TO speak/VB again/RB soon/RB ./.")
        .says("agreed", "to speak again soon");
    Target t = f.target();
    assertEquals("speak again soon", t.text());
    assertEquals("infinitive>verb-phrase", t.rule());
  }

  @Test
  void coordinatedVerbsShareTheirObject() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP discussed/VBD/discuss expanding/VBG/expand and/CC deepening/VBG/deepen cooperation/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("discussed", "expanding and deepening cooperation");
    assertEquals("cooperation", f.target().text());
  }
  @Test
  void whatAVerbDoesAwayWithIsHeldAgainst() {
    TargetFixture f = TargetFixture.sentence(
            "The/DT leaders/NNS agreed/VBD/agree to/TO prevent/VB/prevent further/JJ escalation/NN ./.")
        .says("agreed", "to prevent further escalation");
    Target t = f.target();
    assertEquals("further escalation", t.text());
    assertEquals("infinitive>to-end", t.rule());
    assertEquals(dev.readout.model.Stance.OPPOSE, TargetFinder.impliedStance(t).orElseThrow().stance());
  }
  @Test
  void whomAVerbHoldsAccountableIsHeldAgainst() {
    TargetFixture f = TargetFixture.sentence(
            "The/DT leaders/NNS agreed/VBD/agree to/TO hold/VB/hold the/DT perpetrators/NNS/perpetrator accountable/JJ ./.")
        .says("agreed", "to hold the perpetrators accountable");
    Target t = f.target();
    assertEquals("the perpetrators", t.text());
    assertEquals(dev.readout.model.Stance.OPPOSE, TargetFinder.impliedStance(t).orElseThrow().stance());
  }
}
