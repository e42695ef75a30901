package dev.readout.stance;

import static dev.readout.model.ActorKind.GPE;
import static dev.readout.model.ActorKind.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The speaker's own side, which a target is never on unless the statement is about it. */
class SpeakerSideTest {
  private static final TargetLexicon WORDS = TargetLexicon.of(TargetFixture.LEXICON);

  private static Set<String> side(TargetFixture f) {
    return SpeakerSide.of(f.statement(), f.document(), WORDS);
  }

  @Test
  void theSpeakersStateIsTheirsAndAnotherIsNot() {
    TargetFixture f = TargetFixture.sentence("Lima/NNP said/VBD/say Brazil/NNP backs/VBZ/back Chile/NNP ./.")
        .issuer("Ministry of Foreign Affairs of Brazil")
        .actor("lima", "Ana Lima", PERSON, "Brazil", "Lima").actor("brazil", "Brazil", GPE, "Brazil").actor("chile", "Chile", GPE, "Chile")
        .speaker("lima").says("said", "Brazil backs Chile");
    Set<String> own = side(f);
    assertTrue(own.contains("brazil"), own.toString());
    assertFalse(own.contains("chile"), own.toString());
  }

  @Test
  void aStateJoinedToTheSpeakerByAndIsTheOtherParty() {
    TargetFixture f = TargetFixture.sentence(
            "The/DT Prime/NNP Minister/NNP of/IN Canada/NNP and/CC President/NNP Rosa/NNP Vidal/NNP met/VBD/meet ./. "
                + "Vidal/NNP said/VBD/say Canada/NNP is/VBZ/be a/DT friend/NN ./.")
        .issuer("Office of the President of Mexico")
        .actor("vidal", "Rosa Vidal", PERSON, "Mexico", "Rosa Vidal").actor("canada", "Canada", GPE, "Canada")
        .speaker("vidal").says("said", "Canada is a friend");
    Set<String> own = side(f);
    assertTrue(own.contains("vidal"), own.toString());
    assertFalse(own.contains("canada"), own.toString());
  }

  @Test
  void aStateNamedAfterThePersonByAndIsTheOtherParty() {
    TargetFixture f = TargetFixture.sentence(
            "President/NNP Rosa/NNP Vidal/NNP and/CC Prime/NNP Minister/NNP of/IN Canada/NNP met/VBD/meet ./. "
                + "Vidal/NNP said/VBD/say Canada/NNP is/VBZ/be a/DT friend/NN ./.")
        .issuer("Office of the President of Mexico")
        .actor("vidal", "Rosa Vidal", PERSON, "Mexico", "Rosa Vidal").actor("canada", "Canada", GPE, "Canada")
        .speaker("vidal").says("said", "Canada is a friend");
    assertFalse(side(f).contains("canada"));
  }

  @Test
  void aPersonsStateBeforeAnOrdinalTitleIsTheirs() {
    // an unaffiliated office holder of another state is not the issuer's side
    TargetFixture f = TargetFixture.sentence(
            "Vidal/NNP recalled/VBD/recall that/IN Peru/NNP ’s/POS first/JJ President/NNP ,/, Tomas/NNP Rey/NNP ,/, was/VBD/be a/DT guest/NN ./.")
        .issuer("Office of the President of Mexico")
        .actor("vidal", "Rosa Vidal", PERSON, "Mexico", "Vidal").actor("peru", "Peru", GPE, "Peru")
        .officeHolder("rey", "Tomas Rey", "President", "Tomas Rey")
        .speaker("vidal").says("recalled", "Peru’s first President, Tomas Rey, was a guest");
    Set<String> own = side(f);
    assertFalse(own.contains("rey"), own.toString());
  }

  @Test
  void theIssuersUnaffiliatedOfficeHolderIsTheSpeakersSide() {
    TargetFixture f = TargetFixture.sentence("Vidal/NNP said/VBD/say the/DT President/NNP Tomas/NNP Rey/NNP will/MD travel/VB ./.")
        .issuer("Office of the President of Mexico")
        .actor("vidal", "Rosa Vidal", PERSON, "Mexico", "Vidal")
        .officeHolder("rey", "Tomas Rey", "President", "Tomas Rey")
        .speaker("vidal").says("said", "the President Tomas Rey will travel");
    assertTrue(side(f).contains("rey"));
  }
}
