package dev.readout.stance;

import static dev.readout.model.ActorKind.GPE;
import static dev.readout.model.ActorKind.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.model.Target;
import org.junit.jupiter.api.Test;

class ActorObjectFrameTest {
  @Test
  void aThankedActorIsTheTargetNotWhatTheyAreThankedFor() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP thanked/VBD/thank Norway/NNP for/IN hosting/VBG the/DT talks/NNS ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("norway", "Norway", GPE, "Norway")
        .speaker("lima").says("thanked", "Norway for hosting the talks");
    Target t = f.target();
    assertEquals("norway", t.actor());
    assertEquals("Norway", t.text(), "the actor's name");
    assertEquals("actor-object", t.rule());
  }

  @Test
  void aPossessiveIsAnActOfTheActorNotTheActor() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP welcomed/VBD/welcome Israel/NNP ’s/POS calls/NNS for/IN calm/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("israel", "Israel", GPE, "Israel")
        .speaker("lima").says("welcomed", "Israel’s calls for calm");
    Target t = f.target();
    assertEquals("Israel’s calls for calm", t.text(), "an appraised act stays the act");
    assertEquals("israel", t.actor(), "whose act it is");
  }

  @Test
  void whoIsBriefedIsNotWhatTheyAreBriefedOn() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP briefed/VBD/brief Rossi/NNP on/IN the/DT talks/NNS in/IN Oslo/NNP ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("rossi", "Marco Rossi", PERSON, "Rossi")
        .speaker("lima").says("briefed", "Rossi on the talks in Oslo");
    Target t = f.target();
    assertEquals("the talks in Oslo", t.text());
  }
}
