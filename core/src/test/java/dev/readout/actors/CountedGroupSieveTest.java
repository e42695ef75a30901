package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class CountedGroupSieveTest {
  private static final AnalyzedDocument MEETING = Parsed.doc("""
      President/NNP/3/compound Ana/NNP/3/compound Lima/NNP/4/nsubj met/VBD/0/root/meet Jon/NNP/6/compound Dahl/NNP/4/obj ././4/punct
      The/DT/3/det two/CD/3/nummod leaders/NNS/4/nsubj/leader discussed/VBD/0/root/discuss trade/NN/4/obj ././4/punct
      The/DT/4/det civil/JJ/4/amod society/NN/4/compound leaders/NNS/5/nsubj/leader discussed/VBD/0/root/discuss press/NN/7/compound freedom/NN/5/obj ././5/punct
      """, "President=TITLE", "Ana Lima=PERSON", "Jon Dahl=PERSON");

  @Test
  void theTwoLeadersAreTheParticipants() {
    assertResolved("[Ana Lima, Jon Dahl] by counted-group:participants", Sieves.resolve(MEETING), "The two leaders");
    assertTrue(Sieves.mention(Sieves.without("counted-group", MEETING), "The two leaders").isEmpty());
  }

  @Test
  void leadersSetApartByTheirWordsAreAGroupOfTheirOwn() {
    assertResolved("[civil society leaders] by counted-group:own-group", Sieves.resolve(MEETING), "The civil society leaders");
  }

  @Test
  void theTopDiplomatsAreTheParticipants() {
    AnalyzedDocument doc = Parsed.doc("""
        Minister/NNP/3/compound Ana/NNP/3/compound Lima/NNP/4/nsubj met/VBD/0/root/meet Jon/NNP/6/compound Dahl/NNP/4/obj ././4/punct
        The/DT/3/det top/JJ/3/amod diplomats/NNS/4/nsubj/diplomat exchanged/VBD/0/root/exchange views/NNS/4/obj/view ././4/punct
        """, "Minister=TITLE", "Ana Lima=PERSON", "Jon Dahl=PERSON");
    assertResolved("[Ana Lima, Jon Dahl] by counted-group:participants", Sieves.resolve(doc), "The top diplomats");
  }
}
