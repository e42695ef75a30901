package dev.readout.actors;

import static dev.readout.actors.Sieves.assertResolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityType;
import dev.readout.model.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleAloneSieveTest {
  @Test
  void aTitleGoesToTheNamedHolderOfItsOffice() {
    AnalyzedDocument doc = Parsed.doc("""
        Secretary/NNP/2/compound General/NNP/4/compound Hans/NNP/4/compound Vik/NNP/5/nsubj visited/VBD/0/root/visit Oslo/NNP/5/obj ././5/punct
        The/DT/3/det Secretary/NNP/3/compound General/NNP/4/nsubj welcomed/VBD/0/root/welcome the/DT/6/det decision/NN/4/obj ././4/punct
        """, "Secretary General=TITLE", "Hans Vik=PERSON", "Oslo=GPE");
    assertResolved("[Hans Vik] by title-alone:office-holder", Sieves.resolve(doc), "Secretary General");
    assertTrue(Sieves.mention(Sieves.without("title-alone", doc), "Secretary General").isEmpty());
  }

  @Test
  void aTitleNobodyHoldsYetIsATitleOnlyActor() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/3/det Prime/NNP/3/compound Minister/NNP/4/nsubj spoke/VBD/0/root/speak to/IN/7/case President/NNP/7/compound Bondar/NNP/4/obl ././4/punct
        """, "Prime Minister=TITLE", "President=TITLE", "Bondar=PERSON");
    assertResolved("[Prime Minister] by title-alone:title-only", Sieves.resolve(doc), "Prime Minister");
  }

  @Test
  void aTitleIsNotTheHolderItsSentenceNamesAndStaysWhoItWas() {
    AnalyzedDocument doc = Parsed.doc("""
        Prime/NNP/2/compound Minister/NNP/3/compound Rossi/NNP/4/nsubj arrived/VBD/0/root/arrive ././4/punct
        The/DT/3/det Prime/NNP/3/compound Minister/NNP/4/nsubj welcomed/VBD/0/root/welcome Prime/NNP/6/compound Minister/NNP/7/compound Rossi/NNP/4/obj ././4/punct
        The/DT/3/det Prime/NNP/3/compound Minister/NNP/4/nsubj praised/VBD/0/root/praise the/DT/6/det agreement/NN/4/obj ././4/punct
        """, "Prime Minister=TITLE", "Rossi=PERSON");
    AnalyzedDocument resolved = Sieves.resolve(doc);
    List<String> titles = resolved.mentions().stream().filter(m -> m.text().equals("Prime Minister"))
        .map(m -> Sieves.names(resolved, m.actors()) + " by " + m.rule()).toList();
    assertEquals(List.of("[Prime Minister] by title-alone:title-only", "[Prime Minister] by title-alone:title-only"), titles);
  }

  @Test
  void aTitleBeforeAStyledNameIsThatNamesTitle() {
    AnalyzedDocument doc = Parsed.doc("""
        Prime/NNP/2/compound Minister/NNP/7/nsubj the/DT/6/det Hon/NNP/6/compound Ana/NNP/6/compound Lima/NNP/2/dep met/VBD/0/root/meet Rossi/NNP/7/obj ././7/punct
        """, "Prime Minister=TITLE", "Ana Lima=PERSON", "Rossi=PERSON");
    assertTrue(Sieves.mention(Sieves.resolve(doc), "Prime Minister").isEmpty());
  }

  @Test
  void anOfficeWhoseLastWordsWereLeftOutStillHasItsApposedHolder() {
    AnalyzedDocument doc = Parsed.doc("""
        The/DT/2/det Minister/NNP/11/nsubj for/IN/4/case Trade/NNP/2/nmod and/CC/6/cc Industry/NNP/4/conj ,/,/9/punct Ana/NNP/9/compound Lima/NNP/2/appos ,/,/9/punct met/VBD/0/root/meet Rossi/NNP/11/obj ././11/punct
        """, "Minister for Trade=TITLE", "Ana Lima=PERSON", "Rossi=PERSON");
    assertResolved("[Ana Lima] by title-alone:apposed-holder", Sieves.resolve(doc), "Minister for Trade");
  }

  @Test
  void aHeadlinesTitleBeforeAMeetingWithTheNamedHolderIsSomeoneElse() {
    AnalyzedDocument doc = new Parsed()
        .heading("PM/NNP/0/root meeting/NN/1/dep with/IN/6/case Prime/NNP/5/compound Minister/NNP/6/compound Rossi/NNP/2/nmod")
        .sentence("The/DT/3/det Prime/NNP/3/compound Minister/NNP/4/nsubj praised/VBD/0/root/praise the/DT/6/det agreement/NN/4/obj ././4/punct")
        .entity("PM", EntityType.TITLE).entity("Prime Minister", EntityType.TITLE).entity("Rossi", EntityType.PERSON).doc();
    AnalyzedDocument resolved = Sieves.resolve(doc);
    assertResolved("[Prime Minister] by title-alone:title-only", resolved, "PM");
    assertResolved("[Prime Minister] by title-alone:title-only", resolved, "Prime Minister");
  }
}
