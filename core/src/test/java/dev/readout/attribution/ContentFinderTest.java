package dev.readout.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Parsed;
import dev.readout.model.Statement;
import org.junit.jupiter.api.Test;

class ContentFinderTest {
  private static String content(AnalyzedDocument doc, String cue) {
    Statement s = Attributions.cue(Attributions.attribute(doc), cue)
        .orElseThrow(() -> new AssertionError("no statement at '" + cue + "'"));
    return s.content().text();
  }

  @Test
  void aClauseHungOnASentenceFinalCueIsWhatItReports() {
    AnalyzedDocument doc = Parsed.doc("""
        Such/JJ/2/amod acts/NNS/3/nsubj breach/VBP/9/advcl the/DT/5/det Charter/NNP/3/obj/Charter ,/,/9/punct Minister/NNP/8/compound Wang/NNP/9/nsubj noted/VBD/0/root/note ././9/punct
        """, "Wang=PERSON");
    assertEquals("Such acts breach the Charter", content(doc, "noted"));
  }

  @Test
  void anAdverbialWithItsOwnMarkerBeforeTheCueIsNotReported() {
    AnalyzedDocument doc = Parsed.doc("""
        When/WRB/3/mark talks/NNS/3/nsubj resumed/VBD/7/advcl/resume ,/,/7/punct Minister/NNP/6/compound Wang/NNP/7/nsubj noted/VBD/0/root/note progress/NN/7/obj ././7/punct
        """, "Wang=PERSON");
    assertEquals("progress", content(doc, "noted"));
  }

  @Test
  void anInfinitiveAfterACallIsWhatIsCalledFor() {
    AnalyzedDocument doc = Parsed.doc("""
        Grossi/NNP/2/nsubj called/VBD/0/root/call on/IN/7/mark both/DT/5/det sides/NNS/7/nsubj to/TO/7/mark agree/VB/2/advcl on/IN/10/case a/DT/10/det pause/NN/7/obl ././2/punct
        """, "Grossi=PERSON");
    assertEquals("both sides to agree on a pause", content(doc, "called on"));
  }

  @Test
  void aQuotationBeforeTellIsWhatIsToldNotTheListener() {
    AnalyzedDocument doc = Parsed.doc("""
        “/``/4/punct Ruritania/NNP/4/nsubj is/VBZ/4/aux/be arming/VBG/11/advcl/arm the/DT/6/det rebels/NNS/4/obj/rebel ,/,/11/punct ”/''/11/punct Minister/NNP/10/compound Wang/NNP/11/nsubj told/VBD/0/root/tell reporters/NNS/11/obj/reporter ././11/punct
        """, "Wang=PERSON", "Ruritania=GPE");
    assertEquals("Ruritania is arming the rebels", content(doc, "told"));
  }

  @Test
  void withoutAQuotationWhatIsToldFollowsTheListener() {
    AnalyzedDocument doc = Parsed.doc("""
        Minister/NNP/2/compound Wang/NNP/3/nsubj told/VBD/0/root/tell reporters/NNS/3/obj/reporter that/IN/7/mark talks/NNS/7/nsubj resumed/VBD/3/ccomp/resume ././3/punct
        """, "Wang=PERSON");
    assertEquals("reporters that talks resumed", content(doc, "told"));
  }

  // "welcomed X and said the UK would keep working with Y" as CoreNLP parses it: the UK the object of "said",
  // "keep" hung on "welcomed"
  private static final String WELCOMED_AND_SAID = """
      Lima/NNP/2/nsubj welcomed/VBD/0/root/welcome the/DT/4/det plan/NN/2/obj and/CC/6/cc said/VBD/2/conj/say the/DT/8/det UK/NNP/6/obj would/MD/10/aux keep/VB/2/dep working/VBG/10/obj/work with/IN/13/case Chile/NNP/11/obl ././2/punct
      """;

  @Test
  void whatFollowsACoordinatedCueIsNotTheFirstCuesContent() {
    AnalyzedDocument doc = Parsed.doc(WELCOMED_AND_SAID, "Lima=PERSON", "UK=GPE", "Chile=GPE");
    assertEquals("the plan", content(doc, "welcomed"));
  }

  @Test
  void aClauseWhoseSubjectWasMadeTheObjectIsTheContent() {
    AnalyzedDocument doc = Parsed.doc(WELCOMED_AND_SAID, "Lima=PERSON", "UK=GPE", "Chile=GPE");
    assertEquals("the UK would keep working with Chile", content(doc, "said"));
  }

  @Test
  void aCopulaAfterTheObjectMakesAClauseToo() {
    AnalyzedDocument doc = Parsed.doc("""
        Lima/NNP/2/nsubj spoke/VBD/0/root/speak ,/,/4/punct agreeing/VBG/2/advcl/agree it/PRP/4/obj was/VBD/8/cop/be a/DT/8/det provocation/NN/2/dep ././2/punct
        """, "Lima=PERSON");
    assertEquals("it was a provocation", content(doc, "agreeing"));
  }

  @Test
  void anObjectFollowedByNoVerbStaysTheContent() {
    AnalyzedDocument doc = Parsed.doc("""
        Lima/NNP/2/nsubj welcomed/VBD/0/root/welcome the/DT/4/det plan/NN/2/obj today/NN/2/obl:tmod ././2/punct
        """, "Lima=PERSON");
    assertEquals("the plan today", content(doc, "welcomed"));
  }

  @Test
  void anObliqueAfterTwoCoordinatedCuesIsBoths() {
    AnalyzedDocument doc = Parsed.doc("""
        Lima/NNP/3/nsubj was/VBD/3/cop/be appalled/JJ/0/root/appalled and/CC/5/cc saddened/JJ/3/conj/sadden by/IN/8/case the/DT/8/det attacks/NNS/3/obl/attack ././3/punct
        """, "Lima=PERSON");
    assertEquals("by the attacks", content(doc, "appalled"));
  }

  @Test
  void anObjectTwoCoordinatedCuesShareIsTheFirstsToo() {
    AnalyzedDocument doc = Parsed.doc("""
        Lima/NNP/2/nsubj condemned/VBD/0/root/condemn and/CC/4/cc rejected/VBD/2/conj/reject the/DT/6/det attack/NN/2/obj ././2/punct
        """, "Lima=PERSON");
    assertEquals("the attack", content(doc, "condemned"));
  }

  // CoreNLP's parse of "Foreign Minister Ana Lima, who welcomed the deal, stressed it was historic."
  private static final String WHO_WELCOMED = """
      Foreign/NNP/2/compound Minister/NNP/4/compound Ana/NNP/4/compound Lima/NNP/11/nsubj ,/,/4/punct who/WP/7/nsubj welcomed/VBD/4/acl:relcl/welcome the/DT/9/det deal/NN/7/obj ,/,/4/punct stressed/VBD/0/root/stress it/PRP/11/obj was/VBD/14/cop/be historic/JJ/11/dep ././11/punct
      """;

  @Test
  void aVerbTheCuesOwnNounPhraseIsSubjectOfIsNoClauseOfTheObject() {
    assertEquals("the deal", content(Parsed.doc(WHO_WELCOMED, "Ana Lima=PERSON"), "welcomed"));
  }

  @Test
  void aPronounObjectBeforeACopulaIsTheSubjectOfTheReportedClause() {
    assertEquals("it was historic", content(Parsed.doc(WHO_WELCOMED, "Ana Lima=PERSON"), "stressed"));
  }

  @Test
  void theSecondOfTwoCoordinatedCuesSharesTheObject() {
    AnalyzedDocument doc = Parsed.doc("""
        Lima/NNP/2/nsubj condemned/VBD/0/root/condemn and/CC/4/cc rejected/VBD/2/conj/reject the/DT/6/det attack/NN/2/obj ././2/punct
        """, "Lima=PERSON");
    assertEquals("the attack", content(doc, "rejected"));
  }

  @Test
  void aQuotationAfterAColonIsWhatTheCueBeforeItReports() {
    AnalyzedDocument doc = Parsed.doc("""
        Lima/NNP/2/nsubj said/VBD/0/root/say :/:/2/punct “/``/6/punct We/PRP/6/nsubj agree/VBP/2/dep ././2/punct
        """, "Lima=PERSON");
    assertEquals("We agree", content(doc, "said"));
  }

  @Test
  void anEarlierCuesContentEndsWhereAnotherCueTakesTheColon() {
    AnalyzedDocument doc = Parsed.doc("""
        Wang/NNP/2/nsubj noted/VBD/0/root/note that/IN/5/mark talks/NNS/5/nsubj resumed/VBD/2/ccomp/resume ,/,/8/punct Lima/NNP/8/nsubj said/VBD/5/parataxis/say :/:/8/punct “/``/12/punct We/PRP/12/nsubj agree/VBP/8/ccomp ././2/punct
        """, "Wang=PERSON", "Lima=PERSON");
    assertEquals("talks resumed", content(doc, "noted"));
    assertEquals("We agree", content(doc, "said"));
  }

  @Test
  void asSomeoneSaidReportsTheClauseItComments() {
    AnalyzedDocument doc = Parsed.doc("""
        Talks/NNS/2/nsubj stalled/VBD/0/root/stall and/CC/11/cc ,/,/7/punct as/IN/7/mark Lima/NNP/7/nsubj said/VBD/11/advcl/say ,/,/7/punct the/DT/10/det sides/NNS/11/nsubj/side differ/VBP/2/conj ././2/punct
        """, "Lima=PERSON");
    assertEquals("the sides differ", content(doc, "said"));
  }
}
