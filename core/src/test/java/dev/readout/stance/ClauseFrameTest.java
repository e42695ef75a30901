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
  @Test
  void aThingThatWillActGivesWayToWhatItActsOn() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP said/VBD/say the/DT treaty/NN would/MD deepen/VB/deepen the/DT integration/NN of/IN the/DT two/CD forces/NNS ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("said", "the treaty would deepen the integration of the two forces");
    Target t = f.target();
    assertEquals("the integration of the two forces", t.text());
    assertEquals("clause-object", t.rule());
  }

  @Test
  void aThingThatWillDoHarmIsWhatIsJudged() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP said/VBD/say the/DT launches/NNS would/MD violate/VB/violate the/DT resolutions/NNS ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("said", "the launches would violate the resolutions");
    Target t = f.target();
    assertEquals("the launches", t.text());
    assertEquals("clause-subject", t.rule());
  }

  @Test
  void aParticipleClauseBeforeTheSubjectIsPassedOver() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP expressed/VBD/express concern/NN that/IN ,/, left/VBN/leave unchecked/JJ ,/, the/DT launches/NNS threaten/VBP/threaten peace/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("expressed", "concern that, left unchecked, the launches threaten peace");
    assertEquals("the launches", f.target().text());
  }
  @Test
  void theSpeakersSideAndAnotherAreAboutTheOther() {
    TargetFixture f = TargetFixture.sentence(
            "Li/NNP said/VBD/say China/NNP and/CC Australia/NNP are/VBP/be strategic/JJ partners/NNS ./.")
        .actor("li", "Li Qiang", PERSON, "China", "Li").actor("china", "China", GPE, "China").actor("au", "Australia", GPE, "Australia")
        .speaker("li").says("said", "China and Australia are strategic partners");
    Target t = f.target();
    assertEquals("au", t.actor());
    assertEquals("clause-partner", t.rule());
  }
  @Test
  void aClauseThatHoldsAThirdPartyAtFaultIsHeldAgainstIt() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP said/VBD/say Hamas/NNP is/VBZ/be the/DT only/JJ obstacle/NN to/TO peace/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("hamas", "Hamas", dev.readout.model.ActorKind.ORGANIZATION, "Hamas")
        .speaker("lima").says("said", "Hamas is the only obstacle to peace");
    Target t = f.target();
    assertEquals("hamas", t.actor());
    assertEquals("clause-subject>faulted", t.rule());
    assertEquals(dev.readout.model.Stance.OPPOSE, TargetFinder.impliedStance(t).orElseThrow().stance());
  }

  @Test
  void aClauseThatPraisesAThirdPartyImpliesNothing() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP said/VBD/say Kenya/NNP is/VBZ/be a/DT strong/JJ partner/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("kenya", "Kenya", GPE, "Kenya")
        .speaker("lima").says("said", "Kenya is a strong partner");
    Target t = f.target();
    assertEquals("clause-subject", t.rule());
    assertEquals(java.util.Optional.empty(), TargetFinder.impliedStance(t));
  }
  @Test
  void theIssuersOtherOfficeHolderIsTheSpeakersSide() {
    TargetFixture f = TargetFixture.sentence(
            "Sullivan/NNP said/VBD/say the/DT President/NNP was/VBD/be grateful/JJ for/IN Kenya/NNP ’s/POS role/NN ./.")
        .issuer("The White House")
        .actor("sullivan", "Jake Sullivan", PERSON, "Sullivan").officeHolder("potus", "Joseph R. Biden", "President", "President")
        .actor("ke", "Kenya", GPE, "Kenya").speaker("sullivan").says("said", "the President was grateful for Kenya’s role");
    Target t = f.target();
    assertEquals("ke", t.actor(), "not the President, whom the National Security Advisor speaks for");
  }
  @Test
  void aPassiveDemandIsAboutTheMeansItNames() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP said/VBD/say disputes/NNS/dispute must/MD be/VB resolved/VBN/resolve in/IN accordance/NN with/IN international/JJ law/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("said", "disputes must be resolved in accordance with international law");
    Target t = f.target();
    assertEquals("international law", t.text());
    assertEquals("clause-means", t.rule());
  }

  @Test
  void whatHadToBeDoneThroughSomethingIsAboutThatThing() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP said/VBD/say the/DT problems/NNS/problem had/VBD/have to/TO be/VB solved/VBN/solve through/IN dialogue/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("said", "the problems had to be solved through dialogue");
    assertEquals("dialogue", f.target().text());
  }
  @Test
  void aTimeBeforeTheClauseIsPassedOver() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP noted/VBD/note that/IN over/IN the/DT past/JJ year/NN ,/, relations/NNS/relation have/VBP/have improved/VBN/improve ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("noted", "that over the past year, relations have improved");
    assertEquals("relations", f.target().text());
  }
  @Test
  void whatTwoPartiesShouldDoIsNoDemandOfTheFirst() {
    TargetFixture f = TargetFixture.sentence(
            "The/DT ministers/NNS/minister agreed/VBD/agree that/IN Peru/NNP and/CC Chile/NNP should/MD enhance/VB/enhance cooperation/NN ./.")
        .actor("peru", "Peru", GPE, "Peru").actor("chile", "Chile", GPE, "Chile")
        .says("agreed", "that Peru and Chile should enhance cooperation");
    Target t = f.target();
    assertEquals("cooperation", t.text());
    assertEquals(java.util.Optional.empty(), TargetFinder.impliedStance(t));
  }

  /** Brazil's Ana Lima on what the companies of one state have invested in the other. */
  private static Target investment(String adjective, String country, String place) {
    return TargetFixture.sentence(
            "Lima/NNP noted/VBD/note " + adjective + "/JJ companies/NNS have/VBP/have invested/VBN/invest heavily/RB in/IN " + place + "/NNP ./.")
        .actor("lima", "Ana Lima", PERSON, "Brazil", "Lima").actor("brazil", "Brazil", GPE, "Brazil").actor("kenya", "Kenya", GPE, "Kenya")
        .nationality(adjective, country).speaker("lima").says("noted", adjective + " companies have invested heavily in " + place).target();
  }

  @Test
  void whatTheSpeakersOwnCompatriotsDoIsNotTheTarget() {
    assertEquals("invested heavily in Kenya", investment("Brazilian", "Brazil", "Kenya").text(), "what the companies did, not the companies");
  }

  @Test
  void anotherStatesCompaniesAreWhatIsJudged() {
    Target t = investment("Kenyan", "Kenya", "Brazil");
    assertEquals("Kenyan companies", t.text());
    assertEquals("clause-subject", t.rule());
  }

  @Test
  void aDemonstrativeSubjectGivesWayToWhatTheClauseSays() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP agreed/VBD/agree this/DT would/MD provide/VB an/DT important/JJ opportunity/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("agreed", "this would provide an important opportunity");
    Target t = f.target();
    assertEquals("an important opportunity", t.text());
    assertEquals("clause-object", t.rule());
  }
}
