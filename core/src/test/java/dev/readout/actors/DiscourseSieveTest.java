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

  @Test
  void aHostKnownOnlyByTitleTakesPart() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/2/det Secretary-General/NNP/3/nsubj met/VBD/0/root/meet with/IN/7/case Chancellor/NNP/7/compound Anna/NNP/7/compound Berg/NNP/3/obl and/CC/11/cc President/NNP/11/compound Luis/NNP/11/compound Mora/NNP/7/conj ././3/punct
        They/PRP/2/nsubj/they discussed/VBD/0/root/discuss trade/NN/2/obj ././2/punct
        """, "Secretary-General=TITLE", "Chancellor=TITLE", "President=TITLE", "Anna Berg=PERSON", "Luis Mora=PERSON");
    assertResolved("[Secretary-General, Anna Berg, Luis Mora] by they:last-plural", Sieves.resolve(doc), "They");
  }
}
