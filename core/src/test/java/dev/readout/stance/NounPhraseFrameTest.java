package dev.readout.stance;

import static dev.readout.model.ActorKind.GPE;
import static dev.readout.model.ActorKind.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.Target;
import org.junit.jupiter.api.Test;

class NounPhraseFrameTest {
  @Test
  void anAttitudeNounOfTheSpeakersSideGivesWayToWhatItIsFor() {
    TargetFixture f = TargetFixture.sentence(
            "Biden/NNP reaffirmed/VBD/reaffirm the/DT United/NNP States/NNPS ’/POS unwavering/JJ support/NN for/IN Ukraine/NNP ./.")
        .actor("biden", "Joe Biden", PERSON, "United States", "Biden").actor("us", "United States", GPE, "United States")
        .actor("ukraine", "Ukraine", GPE, "Ukraine")
        .speaker("biden").says("reaffirmed", "the United States ’ unwavering support for Ukraine");
    Target t = f.target();
    assertEquals("ukraine", t.actor());
    assertEquals("object>see-through", t.rule());
  }

  @Test
  void aLightNounGivesWayToItsComplement() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP stressed/VBD/stress the/DT importance/NN of/IN maritime/JJ security/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("stressed", "the importance of maritime security");
    Target t = f.target();
    assertEquals("maritime security", t.text());
    assertEquals("maritime security", t.head());
  }

  @Test
  void aRecipientNounIsAboutWhomItIsFor() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP expressed/VBD/express her/PRP$ gratitude/NN to/IN Kenya/NNP for/IN its/PRP$ support/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("kenya", "Kenya", GPE, "Kenya")
        .speaker("lima").says("expressed", "her gratitude to Kenya for its support");
    Target t = f.target();
    assertEquals("kenya", t.actor());
    assertEquals("object>recipient", t.rule());
  }

  @Test
  void aTopicNounGivesWayToItsTopic() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP discussed/VBD/discuss the/DT situation/NN in/IN Haiti/NNP ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("haiti", "Haiti", GPE, "Haiti")
        .speaker("lima").says("discussed", "the situation in Haiti");
    Target t = f.target();
    assertEquals("haiti", t.actor());
    assertEquals("object>topic", t.rule());
  }

  @Test
  void aVagueNounKeepsTheClauseThatSaysWhatItIs() {
    TargetFixture f = TargetFixture.sentence(
            "China/NNP opposes/VBZ/oppose any/DT move/NN that/WDT escalates/VBZ/escalate tensions/NNS ./.")
        .actor("china", "China", GPE, "China").speaker("china").says("opposes", "any move that escalates tensions");
    Target t = f.target();
    assertEquals("any move that escalates tensions", t.text());
    assertEquals("object>with-clause", t.rule());
  }

  @Test
  void theSpeakersSideIsLeftOutOfTheHead() {
    TargetFixture f = TargetFixture.sentence("Biden/NNP underscored/VBD/underscore the/DT U.S./NNP commitment/NN ./.")
        .actor("biden", "Joe Biden", PERSON, "United States", "Biden").actor("us", "United States", GPE, "U.S.")
        .speaker("biden").says("underscored", "the U.S. commitment");
    Target t = f.target();
    assertEquals("commitment", t.head(), "the speaker's side names nothing of what");
    assertNull(t.actor(), "and is not the target's actor");
  }
  @Test
  void aVagueNounWithAnInfinitiveKeepsItAndIsNoOnesAct() {
    TargetFixture f = TargetFixture.sentence(
            "China/NNP opposes/VBZ/oppose any/DT attempt/NN to/TO displace/VB/displace Palestinians/NNPS ./.")
        .actor("china", "China", GPE, "China").actor("pal", "Palestinians", GPE, "Palestinians")
        .speaker("china").says("opposes", "any attempt to displace Palestinians");
    Target t = f.target();
    assertEquals("any attempt to displace Palestinians", t.text());
    assertNull(t.actor(), "the Palestinians are not what is opposed");
    assertEquals("displace palestinians", t.head());
  }

  @Test
  void theSpeakersGuestIsTheOtherPartyToTheMeeting() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP met/VBD/meet Sato/NNP and/CC welcomed/VBD/welcome her/PRP$ guest/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Peru", "Lima").actor("sato", "Ken Sato", PERSON, "Japan", "Sato")
        .speaker("lima").says("welcomed", "her guest");
    Target t = f.target();
    assertEquals("sato", t.actor());
    assertEquals("Ken Sato", t.text());
  }

  @Test
  void aGuestWithNoOtherPartyNamedStaysAsWritten() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP welcomed/VBD/welcome her/PRP$ guest/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Peru", "Lima").speaker("lima").says("welcomed", "her guest");
    assertEquals("her guest", f.target().text());
  }

  @Test
  void aTopicNounOfAKindIsNotJustItsPlace() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP discussed/VBD/discuss the/DT humanitarian/JJ situation/NN in/IN Gaza/NNP ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("gaza", "Gaza", GPE, "Gaza")
        .speaker("lima").says("discussed", "the humanitarian situation in Gaza");
    Target t = f.target();
    assertEquals("the humanitarian situation in Gaza", t.text());
    assertNull(t.actor());
  }

  @Test
  void coordinatedAdjectivesAfterAnAdverbStayInTheChunk() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP welcomed/VBD/welcome a/DT just/RB and/CC lasting/JJ peace/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("welcomed", "a just and lasting peace");
    assertEquals("a just and lasting peace", f.target().text());
  }

  @Test
  void anAmountOfMoneyGivesWayToWhatItIsFor() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP pledged/VBD/pledge $/$ 50/CD million/CD of/IN aid/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("pledged", "$ 50 million of aid");
    assertEquals("aid", f.target().text());
  }
  @Test
  void aTopicNounInANameIsTheName() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP welcomed/VBD/welcome the/DT ASEAN/NNP Outlook/NNP/outlook on/IN the/DT Indo-Pacific/NNP ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("welcomed", "the ASEAN Outlook on the Indo-Pacific");
    assertEquals("the ASEAN Outlook on the Indo-Pacific", f.target().text());
  }

  @Test
  void condolencesToAllWhoLostAreForThoseTheClauseNames() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP expressed/VBD/express condolences/NNS/condolence to/IN all/DT who/WP lost/VBD/lose loved/JJ ones/NNS/one ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("expressed", "condolences to all who lost loved ones");
    assertEquals("all who lost loved ones", f.target().text());
  }
  @Test
  void thePeopleOfAStateAreCountedUnderTheState() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP conveyed/VBD/convey support/NN to/IN the/DT people/NNS/people of/IN Texas/NNP ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("conveyed", "support to the people of Texas");
    assertEquals("texas", f.target().head());
  }
  @Test
  void hostagesHeldByAnAgentAreNoActOfIt() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP welcomed/VBD/welcome the/DT hostages/NNS/hostage held/VBN/hold by/IN Hamas/NNP ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("hamas", "Hamas", dev.readout.model.ActorKind.ORGANIZATION, "Hamas")
        .speaker("lima").says("welcomed", "the hostages held by Hamas");
    Target t = f.target();
    assertEquals("the hostages held by Hamas", t.text());
    assertNull(t.actor());
  }

  @Test
  void whoBriefsIsPassedOverToWhatOn() {
    Target t = TargetFixture.sentence(
            "Lima/NNP was/VBD/be briefed/VBN/brief in/IN detail/NN by/IN Secretary/NNP Ortiz/NNP on/IN the/DT border/NN talks/NNS ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("ortiz", "Tomas Ortiz", PERSON, "Secretary Ortiz").speaker("lima")
        .says("briefed", "in detail by Secretary Ortiz on the border talks").target();
    assertEquals("the border talks", t.text());
  }

  @Test
  void anAgentThatIsNoPartyIsNotPassedOver() {
    Target t = TargetFixture.sentence(
            "Lima/NNP is/VBZ/be appalled/JJ by/IN the/DT attacks/NNS on/IN the/DT market/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("appalled", "by the attacks on the market").target();
    assertEquals("the attacks on the market", t.text());
  }

  /** "Lima agreed to remain in close contact on" a topic, given tagged and as written. */
  private static Target contactOn(String tagged, String written) {
    return TargetFixture.sentence("Lima/NNP agreed/VBD/agree to/TO remain/VB/remain in/IN close/JJ contact/NN on/IN " + tagged + " ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("agreed", "to remain in close contact on " + written).target();
  }

  @Test
  void aTopicThatOnlyPointsBackLeavesTheActItFrames() {
    assertEquals("close contact on these and other issues", contactOn("these/DT and/CC other/JJ issues/NNS/issue", "these and other issues").text());
    assertEquals("the border talks", contactOn("the/DT border/NN talks/NNS", "the border talks").text(), "a topic that says what is the target");
  }

  @Test
  void aHyphenatedCompoundStaysWhole() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP welcomed/VBD/welcome a/DT whole/JJ -/HYPH of/IN -/HYPH society/NN response/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("welcomed", "a whole-of-society response");
    assertEquals("a whole-of-society response", f.target().text());
  }

  @Test
  void aQuotedNounPhraseKeepsItsQuotes() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP rejected/VBD/reject the/DT “/`` false/JJ choice/NN ”/'' between/IN trade/NN and/CC aid/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").speaker("lima").says("rejected", "the “ false choice ” between trade and aid");
    assertTrue(f.target().text().startsWith("the “ false choice ”"), f.target().text());
  }

  @Test
  void aPartnerWithItsTopicGivesWayToTheTopic() {
    TargetFixture f = TargetFixture.sentence(
            "Lima/NNP exchanged/VBD/exchange views/NNS/view with/IN Minister/NNP Berg/NNP on/IN trade/NN ./.")
        .actor("lima", "Ana Lima", PERSON, "Lima").actor("berg", "Jan Berg", PERSON, "Minister Berg")
        .speaker("lima").says("exchanged views", "with Minister Berg on trade");
    Target t = f.target();
    assertEquals("trade", t.text());
    assertEquals("object", t.rule());
  }
}
