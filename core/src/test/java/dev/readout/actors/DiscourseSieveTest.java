package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class DiscourseSieveTest {
  private static final AnalyzedDocument MEETING = Parsed.doc("""
      Chancellor/NNP/3/compound Anna/NNP/3/compound Berg/NNP/4/nsubj met/VBD/0/root/meet President/NNP/7/compound Luis/NNP/7/compound Mora/NNP/4/obj ././4/punct
      The/DT/2/det leaders/NNS/3/nsubj/leader condemned/VBD/0/root/condemn the/DT/5/det attack/NN/3/obj ././3/punct
      """, "Chancellor=TITLE", "President=TITLE", "Anna Berg=PERSON", "Luis Mora=PERSON");

  @Test
  void thePeopleNamedFirstAreTheParticipants() {
    assertResolved("[Anna Berg, Luis Mora] by counted-group:participants", Sieves.resolve(MEETING), "The leaders");
  }

  @Test
  void withoutParticipantsTheLeadersAreAGroupOfTheirOwn() {
    assertResolved("[leaders] by counted-group:no-participants", Sieves.without("discourse", MEETING), "The leaders");
  }
}
