package dev.readout.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.readout.model.Actor;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Well-known office holders from the shipped {@code people.tsv}. */
class KnownPersonSieveTest {
  private static final String CALL = """
      Prime/NNP/3/compound Minister/NNP/3/compound Justin/NNP/4/compound Trudeau/NNP/5/nsubj spoke/VBD/0/root/speak with/IN/8/case President/NNP/8/compound Ana/NNP/8/compound Lima/NNP/5/obl ././5/punct
      """;

  private static Actor named(AnalyzedDocument doc, String name) {
    return doc.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(doc.actors()));
  }

  private static AnalyzedDocument call(Map<String, Object> meta) {
    return Parsed.doc(meta, CALL, "Prime Minister=TITLE", "Justin Trudeau=PERSON", "President=TITLE", "Ana Lima=PERSON");
  }

  @Test
  void aKnownOfficeHolderGetsTheStateHeServes() {
    AnalyzedDocument doc = Sieves.resolve(call(Map.of("date", "2019-05-02")));
    assertEquals("Canada", named(doc, "Justin Trudeau").affiliation());
    assertNull(named(doc, "Ana Lima").affiliation(), "an unknown person gets nothing");
    assertNull(named(Sieves.without("known-person", call(Map.of("date", "2019-05-02"))), "Justin Trudeau").affiliation());
  }

  @Test
  void aKnownForeignLeaderNamedFirstIsNotTheIssuersPrincipal() {
    // a Chilean release: Trudeau is Canada's, so the issuer's state goes to the next person
    AnalyzedDocument doc = Sieves.resolve(call(Map.of("issuer", "Ministry of Foreign Affairs of Chile", "date", "2019-05-02")));
    assertEquals("Canada", named(doc, "Justin Trudeau").affiliation());
    assertEquals("Chile", named(doc, "Ana Lima").affiliation());
  }

  @Test
  void theDateChoosesBetweenAPersonsOffices() {
    String text = """
        Federica/NNP/2/compound Mogherini/NNP/3/nsubj spoke/VBD/0/root/speak ././3/punct
        """;
    AnalyzedDocument asEu = Sieves.resolve(Parsed.doc(Map.of("date", "2017-03-01"), text, "Federica Mogherini=PERSON"));
    assertEquals("European Union", named(asEu, "Federica Mogherini").affiliation());
    AnalyzedDocument undated = Sieves.resolve(Parsed.doc(Map.of(), text, "Federica Mogherini=PERSON"));
    assertNull(named(undated, "Federica Mogherini").affiliation(), "Italy's minister, then the EU's: no date, no choice");
  }
}
