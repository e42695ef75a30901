package dev.readout.stance;

import static dev.readout.model.ActorKind.GPE;
import static dev.readout.model.ActorKind.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.model.Target;
import org.junit.jupiter.api.Test;

class ClauseFrameTest {
  @Test
  void aThirdPartySubjectIsWhatIsJudged() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP said/VBD/say the/DT launches/NNS were/VBD/be a/DT grave/JJ threat/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("said", "the launches were a grave threat");
    Target t = f.target();
    assertEquals("the launches", t.text());
    assertEquals("clause-subject", t.rule());
  }

  @Test
  void theSpeakersOwnSubjectGivesWayToWhatItWillDo() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP said/VBD/say Brazil/NNP will/MD continue/VB to/TO support/VB the/DT peace/NN process/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Brazil", "Lima").actor("brazil", "Brazil", GPE, "Brazil")
        .speaker("lima").says("said", "Brazil will continue to support the peace process");
    Target t = f.target();
    assertEquals("the peace process", t.text());
    assertEquals("clause-object>light-verb", t.rule());
  }

  @Test
  void theIssuersStateIsTheSpeakersOwnWhenTheSpeakerHasNoAffiliation() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP said/VBD/say Brazil/NNP will/MD expand/VB trade/NN with/IN Kenya/NNP ./.")
        .issuer("Ministry of Foreign Affairs of Brazil")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("brazil", "Brazil", GPE, "Brazil").actor("kenya", "Kenya", GPE, "Kenya")
        .speaker("lima").says("said", "Brazil will expand trade with Kenya");
    assertEquals("trade with Kenya", f.target().text());
  }

  @Test
  void aRelativeClauseDoesNotMakeANounPhraseAClause() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP condemned/VBD/condemn the/DT strikes/NNS on/IN Kyiv/NNP ,/, which/WDT killed/VBD/kill civilians/NNS ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("condemned", "the strikes on Kyiv, which killed civilians");
    Target t = f.target();
    assertEquals("the strikes on Kyiv", t.text());
    assertEquals("object", t.rule());
  }

  @Test
  void aHopeIsAboutWhatIsHopedForWhoeverMustDoIt() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP hoped/VBD/hope the/DT parties/NNS would/MD reach/VB a/DT lasting/JJ settlement/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("hoped", "the parties would reach a lasting settlement");
    assertEquals("a lasting settlement", f.target().text());
  }
}
