package dev.readout.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceCutterTest {
  private static final SentenceCutter CUTTER = new SentenceCutter(40);

  private static Span all(String s) {
    return new Span(0, s.length());
  }

  /** The pieces are in order, cover every non-space character of the sentence, and none is over the limit. */
  private static void assertPieces(String text, SentenceCutter.Cut cut) {
    int at = 0;
    for (Span p : cut.pieces()) {
      assertTrue(text.substring(at, p.begin()).isBlank(), "only spaces between pieces");
      assertTrue(CUTTER.cut(text, p).tokens() <= 40, () -> "piece over the limit: " + p.of(text));
      at = p.end();
    }
    assertTrue(text.substring(at).isBlank());
  }

  @Test
  void aSentenceWithinTheLimitIsOnePiece() {
    String s = "The Minister welcomed the agreement, and said it would help both countries.";
    SentenceCutter.Cut cut = CUTTER.cut(s, all(s));
    assertEquals(14, cut.tokens(), "12 words, a comma and the full stop");
    assertEquals(List.of(all(s)), cut.pieces());
  }

  @Test
  void aLongListIsCutAfterSemicolonsBeforeCommas() {
    StringBuilder b = new StringBuilder("The leaders discussed");
    for (int i = 0; i < 30; i++) {
      b.append(" trade, energy and climate").append(i % 3 == 2 ? ";" : ",");
    }
    String s = b.append(" and more.").toString();
    SentenceCutter.Cut cut = CUTTER.cut(s, all(s));
    assertTrue(cut.pieces().size() > 3, cut.toString());
    assertPieces(s, cut);
    for (Span p : cut.pieces().subList(0, cut.pieces().size() - 1)) {
      assertTrue(p.of(s).endsWith(";"), () -> "cut after a semicolon: " + p.of(s));
    }
  }

  @Test
  void aCommaBeforeAConjunctionBeatsAnotherComma() {
    String s = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen, "
        + "eighteen nineteen twenty twenty-one twenty-two, and twenty-three twenty-four, twenty-five twenty-six twenty-seven twenty-eight "
        + "twenty-nine thirty thirty-one thirty-two thirty-three thirty-four thirty-five thirty-six thirty-seven thirty-eight.";
    SentenceCutter.Cut cut = CUTTER.cut(s, all(s));
    assertTrue(cut.pieces().get(0).of(s).endsWith("twenty-two,"), cut.pieces().get(0).of(s));
    assertPieces(s, cut);
  }

  @Test
  void wordsWithoutPunctuationAndRunsOfPunctuationAreCutToo() {
    String words = "word ".repeat(1000).strip();
    SentenceCutter.Cut cut = CUTTER.cut(words, all(words));
    assertEquals(1000, cut.tokens());
    assertEquals(25, cut.pieces().size());
    assertPieces(words, cut);
    String bangs = "Stop" + "!".repeat(500);
    SentenceCutter.Cut cut2 = CUTTER.cut(bangs, all(bangs));
    assertEquals(501, cut2.tokens());
    assertPieces(bangs, cut2);
  }

  @Test
  void theLimitHasAFloor() {
    assertThrows(IllegalArgumentException.class, () -> new SentenceCutter(19));
  }
}
