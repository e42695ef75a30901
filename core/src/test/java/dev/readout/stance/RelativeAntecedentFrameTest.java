package dev.readout.stance;

import static dev.readout.model.ActorKind.GPE;
import static dev.readout.model.ActorKind.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.readout.model.Target;
import org.junit.jupiter.api.Test;

class RelativeAntecedentFrameTest {
  @Test
  void aClauseOnANounIsAboutThatNounWithWhatCompletesIt() {
    Target t = TargetFixture.sentence(
            "Lima/NNP condemned/VBD/condemn the/DT attacks/NNS on/IN merchant/NN ships/NNS ,/, which/WDT she/PRP said/VBD/say violated/VBD/violate "
                + "the/DT law/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("said", "violated the law").target();
    assertEquals("the attacks on merchant ships", t.text());
    assertEquals("relative-antecedent", t.rule());
  }

  @Test
  void aParticipleCompletesTheNoun() {
    Target t = TargetFixture.sentence(
            "Lima/NNP raised/VBD/raise concerns/NNS about/IN firms/NNS supplying/VBG/supply parts/NNS to/TO Ruritania/NNP ,/, which/WDT "
                + "she/PRP said/VBD/say prolonged/VBD/prolong the/DT war/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("ru", "Ruritania", GPE, "Ruritania").speaker("lima")
        .says("said", "prolonged the war").target();
    assertEquals("relative-antecedent", t.rule());
    assertEquals("supplying parts to Ruritania", t.text(), "past the attitude noun 'concerns about' to the act it names");
  }

  @Test
  void aClauseWithoutWhichIsReadFromTheContent() {
    Target t = TargetFixture.sentence(
            "Lima/NNP condemned/VBD/condemn the/DT attacks/NNS and/CC said/VBD/say they/PRP violated/VBD/violate the/DT law/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("said", "they violated the law").target();
    assertNotEquals("relative-antecedent", t.rule());
  }
}
