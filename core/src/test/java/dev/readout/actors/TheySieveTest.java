package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class TheySieveTest {
  @Test
  void theyAreTheParticipants() {
    AnalyzedDocument doc = Parsed.doc("""
        Minister/NNP/2/compound Lind/NNP/3/nsubj met/VBD/0/root/meet Minister/NNP/5/compound Holm/NNP/3/obj ././3/punct
        They/PRP/2/nsubj agreed/VBD/0/root/agree to/TO/4/mark meet/VB/2/xcomp again/RB/4/advmod ././2/punct
        """, "Minister=TITLE", "Lind=PERSON", "Holm=PERSON");
    assertResolved("[Lind, Holm] by they:last-plural", Sieves.resolve(doc), "They");
    assertTrue(Sieves.mention(Sieves.without("they", doc), "They").isEmpty());
  }

  @Test
  void theirIsAGroupSubjectBeforeItInItsSentence() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/2/det members/NNS/6/nsubj/member of/IN/5/case the/DT/5/det Council/NNP/2/nmod reaffirmed/VBD/0/root/reaffirm their/PRP$/8/nmod:poss support/NN/6/obj ././6/punct
        """, "Council=ORGANIZATION");
    assertResolved("[members of the Council] by they:group-subject", Sieves.resolve(doc), "their");
  }

  private static final String MEETING = """
      Minister/NNP/2/compound Lind/NNP/3/nsubj met/VBD/0/root/meet Minister/NNP/5/compound Holm/NNP/3/obj ././3/punct
      Norway/NNP/4/nsubj and/CC/3/cc Sweden/NNP/1/conj share/VBP/0/root/share values/NNS/4/obj/value ././4/punct
      """;

  @Test
  void aCueDoneTogetherInAMeetingOfPeopleIsTheParticipantsAfterAGroupOfStates() {
    AnalyzedDocument doc = Parsed.doc(MEETING + """
        They/PRP/2/nsubj discussed/VBD/0/root/discuss trade/NN/2/obj ././2/punct
        """, "Minister=TITLE", "Lind=PERSON", "Holm=PERSON", "Norway=GPE", "Sweden=GPE");
    assertResolved("[Lind, Holm] by they:participants", Sieves.resolve(doc), "They");
  }

  @Test
  void anyOtherVerbAfterTheGroupOfStatesIsTheStates() {
    AnalyzedDocument doc = Parsed.doc(MEETING + """
        They/PRP/2/nsubj border/VBP/0/root/border the/DT/4/det sea/NN/2/obj ././2/punct
        """, "Minister=TITLE", "Lind=PERSON", "Holm=PERSON", "Norway=GPE", "Sweden=GPE");
    assertResolved("[Sweden, Norway] by they:last-plural", Sieves.resolve(doc), "They");
  }
}
