package dev.readout.stance;

import static dev.readout.model.ActorKind.GPE;
import static dev.readout.model.ActorKind.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.model.Stance;
import dev.readout.model.Target;
import org.junit.jupiter.api.Test;

class CallAddresseeFrameTest {
  @Test
  void aCallOnANamedActorToStopIsAboutThatActorAndHeldAgainstIt() {
    TargetFixture f = TargetFixture.sentence("Minister/NNP Lima/NNP urged/VBD/urge Russia/NNP to/TO withdraw/VB its/PRP$ forces/NNS ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("russia", "Russia", GPE, "Russia")
        .speaker("lima").says("urged", "Russia to withdraw its forces");
    Target t = f.target();
    assertEquals("russia", t.actor());
    assertEquals("call-addressee", t.rule());
    assertEquals(Stance.OPPOSE, TargetFinder.impliedStance(t).orElseThrow().stance());
  }

  @Test
  void aCallOnAnUnnamedAddresseeToStopIsAboutThatAddressee() {
    TargetFixture f = TargetFixture.sentence("The/DT Council/NNP called/VBD/call on/IN all/DT parties/NNS to/TO cease/VB hostilities/NNS ./.")
        .says("called", "on all parties to cease hostilities");
    Target t = f.target();
    assertEquals("all parties", t.text());
    assertEquals("call-addressee", t.rule());
  }

  @Test
  void aCallForASharedGoalIsAboutTheGoalAndImpliesNothing() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP urged/VBD/urge the/DT parties/NNS to/TO return/VB to/IN dialogue/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("urged", "the parties to return to dialogue");
    Target t = f.target();
    assertEquals("call-goal>prep-object", t.rule());
    assertEquals("dialogue", t.text());
    assertEquals(java.util.Optional.empty(), TargetFinder.impliedStance(t));
  }

  @Test
  void aCallForAnEndToSomethingIsAboutWhatIsToEnd() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP called/VBD/call for/IN an/DT end/NN to/TO the/DT shelling/NN of/IN Kharkiv/NNP ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("called", "for an end to the shelling of Kharkiv");
    Target t = f.target();
    assertEquals("the shelling of Kharkiv", t.text());
    assertEquals("call-to-stop", t.rule());
  }
  @Test
  void aCallOnEveryoneToKeepToSomethingIsAboutWhatIsKept() {
    TargetFixture f = TargetFixture.sentence("The/DT Council/NNP urged/VBD/urge all/DT parties/NNS/party to/TO respect/VB the/DT ceasefire/NN ./.")
        .says("urged", "all parties to respect the ceasefire");
    Target t = f.target();
    assertEquals("the ceasefire", t.text());
    assertEquals("call-goal", t.rule());
  }

  @Test
  void aPassiveCallOnAThingIsForWhatIsToBeDone() {
    TargetFixture f = TargetFixture.sentence(
            "The/DT Council/NNP called/VBD/call for/IN disputes/NNS/dispute to/TO be/VB settled/VBN/settle by/IN peaceful/JJ means/NNS ./.")
        .says("called for", "disputes to be settled by peaceful means");
    Target t = f.target();
    assertEquals("call-goal>verb-phrase", t.rule());
    assertEquals(java.util.Optional.empty(), TargetFinder.impliedStance(t));
  }
  @Test
  void anAppealToSomeoneIsAboutWhatTheyAreAskedToDo() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP appealed/VBD/appeal to/TO donors/NNS/donor to/TO fund/VB the/DT response/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("appealed", "to donors to fund the response");
    Target t = f.target();
    assertEquals("the response", t.text());
    assertEquals("call-goal", t.rule());
  }
}
