package dev.readout.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.readout.model.Actor;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import org.junit.jupiter.api.Test;

class TitleAroundNameSieveTest {
  private static Actor named(AnalyzedDocument doc, String name) {
    return doc.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(doc.actors()));
  }

  @Test
  void aTitleAndItsStateInAppositionAfterTheName() {
    AnalyzedDocument doc = Parsed.doc("""
        Mr./NNP/3/compound Kenji/NNP/3/compound Tanaka/NNP/12/nsubj ,/,/5/punct Minister/NNP/3/appos for/IN/8/case Foreign/NNP/8/compound Affairs/NNPS/5/nmod of/IN/10/case Japan/NNP/5/nmod ,/,/5/punct welcomed/VBD/0/root/welcome the/DT/14/det decision/NN/12/obj ././12/punct
        """, "Kenji Tanaka=PERSON", "Minister for Foreign Affairs=TITLE", "Japan=GPE");
    Actor tanaka = named(Sieves.resolve(doc), "Kenji Tanaka");
    assertEquals("Minister for Foreign Affairs", tanaka.title());
    assertEquals("Japan", tanaka.affiliation());
    assertNull(named(Sieves.without("title-around-name", doc), "Kenji Tanaka").title());
  }

  @Test
  void aTitleBeforeTheNameWithItsOrganisation() {
    AnalyzedDocument doc = Parsed.doc("""
        NATO/NNP/5/compound Secretary/NNP/3/compound General/NNP/5/compound Mark/NNP/5/compound Rutte/NNP/6/nsubj spoke/VBD/0/root/speak ././6/punct
        """, "NATO=ORGANIZATION", "Secretary General=TITLE", "Mark Rutte=PERSON");
    Actor rutte = named(Sieves.resolve(doc), "Mark Rutte");
    assertEquals("NATO", rutte.affiliation());
    assertEquals(java.util.List.of("Secretary General Mark Rutte", "Rutte"), rutte.aliases());
    assertNull(named(Sieves.without("title-around-name", doc), "Mark Rutte").affiliation());
  }

  @Test
  void aStyleOfSeveralWordsBetweenTheTitleAndTheName() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/2/det Prime/NNP/3/compound Minister/NNP/11/nsubj of/IN/6/case New/NNP/6/compound Zealand/NNP/3/nmod ,/,/3/punct Rt./NNP/10/compound Hon./NNP/10/compound Christopher/NNP/10/compound Luxon/NNP/3/appos arrived/VBD/0/root/arrive ././12/punct
        """, "Prime Minister=TITLE", "New Zealand=GPE", "Christopher Luxon=PERSON");
    Actor luxon = named(Sieves.resolve(doc), "Christopher Luxon");
    assertEquals("Prime Minister", luxon.title());
    assertEquals("New Zealand", luxon.affiliation());
  }

  @Test
  void aStatesTitleBeforeACommaAndTheName() {
    AnalyzedDocument doc = Parsed.doc("""
        Mexico/NNP/3/nmod:poss 's/POS/1/case Secretary/NNP/9/nsubj of/IN/6/case Foreign/NNP/6/compound Affairs/NNPS/3/nmod ,/,/3/punct Marcelo/NNP/9/compound Ebrard/NNP/3/appos spoke/VBD/0/root/speak ././10/punct
        """, "Mexico=GPE", "Secretary of Foreign Affairs=TITLE", "Marcelo Ebrard=PERSON");
    Actor ebrard = named(Sieves.resolve(doc), "Marcelo Ebrard");
    assertEquals("Secretary of Foreign Affairs", ebrard.title());
    assertEquals("Mexico", ebrard.affiliation());
  }

  private static AnalyzedDocument altmanOf(String place, String type) {
    return Sieves.resolve(Parsed.doc("Sam/NNP/2/compound Altman/NNP/5/nsubj of/IN/4/case " + place + "/NNP/2/nmod spoke/VBD/0/root/speak ././5/punct\n",
        "Sam Altman=PERSON", place + "=" + type));
  }

  @Test
  void aNameOfAnOrganisationWithoutATitle() {
    assertEquals("OpenAI", named(altmanOf("OpenAI", "ORGANIZATION"), "Sam Altman").affiliation());
    assertNull(named(altmanOf("Chicago", "GPE"), "Sam Altman").affiliation(), "without a title, a place after 'of' is where one is from");
  }

  @Test
  void theStateAfterTwoJoinedOfficesIsTheirs() {
    AnalyzedDocument doc = Parsed.doc("""
        Ayman/NNP/2/compound Safadi/NNP/17/nsubj ,/,/2/punct Deputy/NNP/6/compound Prime/NNP/6/compound Minister/NNP/2/appos and/CC/8/cc Minister/NNP/6/conj of/IN/11/case Foreign/NNP/11/compound Affairs/NNPS/8/nmod and/CC/13/cc Expatriates/NNPS/11/conj of/IN/15/case Jordan/NNP/8/nmod ,/,/2/punct arrived/VBD/0/root/arrive ././17/punct
        """, "Ayman Safadi=PERSON", "Deputy Prime Minister=TITLE", "Minister of Foreign Affairs=TITLE", "Jordan=GPE");
    Actor safadi = named(Sieves.resolve(doc), "Ayman Safadi");
    assertEquals("Deputy Prime Minister", safadi.title());
    assertEquals("Jordan", safadi.affiliation());
  }
}
