package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.ActorKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class NameSieveTest {
  @Test
  void aSurnameJoinsTheFullName() {
    AnalyzedDocument doc = Parsed.doc("""
        Fumio/NNP/2/compound Kishida/NNP/3/nsubj met/VBD/0/root/meet Anders/NNP/5/compound Rasmussen/NNP/3/obj ././3/punct
        Kishida/NNP/2/nsubj welcomed/VBD/0/root/welcome the/DT/4/det visit/NN/2/obj ././2/punct
        """, "Fumio Kishida=PERSON", "Anders Rasmussen=PERSON", "Kishida=PERSON");
    AnalyzedDocument out = Sieves.resolve(doc);
    assertResolved("[Fumio Kishida] by name:person", out, "Kishida");
    assertEquals(2, out.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).count(), out.actors().toString());
    assertTrue(Sieves.without("name", doc).actors().isEmpty());
  }

  @Test
  void aBracketedAcronymIsTheOrganisationBeforeIt() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/4/det North/NNP/4/compound Atlantic/NNP/4/compound Council/NNP/8/nsubj (/-LRB-/6/punct ~NAC/NNP/4/appos ~)/-RRB-/6/punct met/VBD/0/root/meet ././8/punct
        """, "North Atlantic Council=ORGANIZATION", "NAC=ORGANIZATION");
    AnalyzedDocument out = Sieves.resolve(doc);
    assertResolved("[North Atlantic Council] by name:acronym", out, "NAC");
    assertEquals(1, out.actors().size(), out.actors().toString());
  }

  @Test
  void statesMergeByTheirCanonicalName() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj condemns/VBZ/0/root/condemn the/DT/6/det launch/NN/4/obj ././4/punct
        U.S./NNP/2/compound forces/NNS/3/nsubj/force remain/VBP/0/root ././3/punct
        """, "United States=GPE=United States", "U.S.=GPE=United States");
    AnalyzedDocument out = Sieves.resolve(doc);
    assertResolved("[United States] by name:state", out, "U.S.");
    assertEquals(1, out.actors().size(), out.actors().toString());
  }

  @Test
  void aHyphenatedGivenNameAfterACommaIsTheSamePerson() {
    AnalyzedDocument doc = Parsed.doc("""
        Minister/NNP/2/compound Kang/NNP/5/nsubj ,/,/2/punct Kyung-wha/NNP/2/appos met/VBD/0/root/meet Toshimitsu/NNP/7/compound Motegi/NNP/5/obj ././5/punct
        """, "Kang=PERSON", "Kyung-wha=PERSON", "Toshimitsu Motegi=PERSON");
    AnalyzedDocument out = Sieves.resolve(doc);
    assertResolved("[Kang] by name:comma-given-name", out, "Kyung-wha");
    assertEquals(2, out.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).count(), out.actors().toString());
  }
}
