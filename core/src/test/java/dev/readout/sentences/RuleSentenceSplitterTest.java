package dev.readout.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSentenceSplitterTest {
  private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter(Lexicon.loadDefault());

  private static List<String> sentences(String text) {
    return SPLITTER.split(text).stream().filter(s -> !s.heading()).map(s -> s.span().of(text)).toList();
  }

  @Test
  void honorificsAndAbbreviationsDoNotEndSentences() {
    String text = "H.E. Mr. Taro Aso met Dr. Lee at 3 p.m. on Monday. The talks covered Art. 5 and No. 2 of the plan. "
        + "Martin Luther King Jr. was quoted.";
    assertEquals(
        List.of("H.E. Mr. Taro Aso met Dr. Lee at 3 p.m. on Monday.", "The talks covered Art. 5 and No. 2 of the plan.",
            "Martin Luther King Jr. was quoted."),
        sentences(text));
  }

  @Test
  void ambiguousAbbreviationEndsASentenceBeforeASentenceStarter() {
    String text = "The minister arrived in the U.S. The talks began at 9 a.m. in the U.S. capital.";
    assertEquals(List.of("The minister arrived in the U.S.", "The talks began at 9 a.m. in the U.S. capital."), sentences(text));
  }

  @Test
  void aTitleAfterAnAmbiguousAbbreviationContinuesTheSentence() {
    String text = "The U.K. Foreign Secretary met U.S. Secretary of State Jane Roe. They spoke in the U.S. President Li arrived later.";
    assertEquals(List.of("The U.K. Foreign Secretary met U.S. Secretary of State Jane Roe.", "They spoke in the U.S. President Li arrived later."),
        sentences(text));
  }

  @Test
  void aCueEndingInAColonJoinsTheQuotationsFirstSentence() {
    String text = "After the talks, the Minister said:\n\n\u201cWe agreed to meet again. The work goes on.\u201d\n\n\u201cWe thanked our hosts.\u201d";
    assertEquals(List.of("After the talks, the Minister said:\n\n\u201cWe agreed to meet again.", "The work goes on.\u201d", "\u201cWe thanked our hosts.\u201d"),
        sentences(text));
  }

  @Test
  void aColonBeforeAnUnquotedParagraphStillEndsIt() {
    String text = "The Ministry issued the following:\n\nThe talks will resume on Monday.";
    assertEquals(List.of("The Ministry issued the following:", "The talks will resume on Monday."), sentences(text));
  }

  @Test
  void initialsStayInsideNames() {
    assertEquals(1, sentences("President Donald J. Trump spoke with Prime Minister Modi.").size());
  }

  @Test
  void paragraphNumbersStayWithTheirSentence() {
    String text = "(1) The Minister welcomed the visit.\n1. The Minister said he was glad.\n2. He thanked the hosts.";
    assertEquals(List.of("(1) The Minister welcomed the visit.", "1. The Minister said he was glad.", "2. He thanked the hosts."), sentences(text));
  }

  @Test
  void headingLinesBecomeSectionsAndAreNeverGlued() {
    String text = "Bilateral relations\n(1) The Minister welcomed the visit. He said it mattered.\nRegional affairs\n(1) The two ministers discussed Asia.";
    List<Segment> segs = SPLITTER.split(text);
    assertEquals(5, segs.size());
    assertTrue(segs.get(0).heading());
    assertEquals("Bilateral relations", segs.get(0).span().of(text));
    assertEquals("Bilateral relations", segs.get(1).section());
    assertEquals("Bilateral relations", segs.get(2).section());
    assertTrue(segs.get(3).heading());
    assertEquals("Regional affairs", segs.get(4).section());
    assertEquals("(1) The two ministers discussed Asia.", segs.get(4).span().of(text));
  }

  @Test
  void sentencesBeforeAnyHeadingHaveNoSection() {
    List<Segment> segs = SPLITTER.split("The Minister spoke. He left.");
    assertNull(segs.get(0).section());
    assertFalse(segs.get(0).heading());
  }

  @Test
  void wrappedLinesJoinIntoOneSentence() {
    String text = "The Prime Minister said that the two countries\nshould work together on energy.\n";
    assertEquals(List.of("The Prime Minister said that the two countries\nshould work together on energy."), sentences(text));
  }

  @Test
  void quotationsCloseWithTheirSentence() {
    String text = "\"We are ready to help.\" The Minister then left. He said, \"Thank you.\"";
    assertEquals(List.of("\"We are ready to help.\"", "The Minister then left.", "He said, \"Thank you.\""), sentences(text));
  }

  @Test
  void spansHaveNoOuterWhiteSpaceAndDoNotOverlap() {
    String text = "  First sentence here.   Second one!  \n\n  Third?  ";
    List<Segment> segs = SPLITTER.split(text);
    assertEquals(3, segs.size());
    for (int i = 0; i < segs.size(); i++) {
      String s = segs.get(i).span().of(text);
      assertEquals(s.strip(), s);
      if (i > 0) {
        assertTrue(segs.get(i - 1).span().end() <= segs.get(i).span().begin());
      }
    }
  }
}
