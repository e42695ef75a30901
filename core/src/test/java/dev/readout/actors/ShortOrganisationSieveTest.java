package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortOrganisationSieveTest {
  @Test
  void theLastWordOfAnOrganisationNamedBefore() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/3/det European/NNP/3/compound Commission/NNP/4/nsubj proposed/VBD/0/root/propose new/JJ/6/amod rules/NNS/4/obj/rule ././4/punct
        The/DT/2/det Commission/NNP/3/nsubj said/VBD/0/root/say talks/NNS/5/nsubj/talk continue/VBP/3/ccomp ././3/punct
        """, "European Commission=ORGANIZATION");
    assertResolved("[European Commission] by short-organisation:named", Sieves.resolve(doc), "The Commission");
    assertTrue(Sieves.mention(Sieves.without("short-organisation", doc), "The Commission").isEmpty());
  }

  @Test
  void theDepartmentIsTheIssuer() {
    AnalyzedDocument doc = Parsed.doc(Map.of("issuer", "Department of Foreign Affairs, Republic of Testland"), """
        The/DT/2/det Department/NNP/3/nsubj rejects/VBZ/0/root/reject these/DT/5/det claims/NNS/3/obj/claim ././3/punct
        """);
    assertResolved("[Department of Foreign Affairs] by short-organisation:issuer", Sieves.resolve(doc), "The Department");
  }
}
