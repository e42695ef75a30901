package dev.readout.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our white space agrees with CoreNLP's tokenizer (its rules only, no model) over every code point. */
class WhitespaceTest {
  static List<String> coreNlpTokens(String s) {
    List<String> out = new ArrayList<>();
    PTBTokenizer<CoreLabel> t = new PTBTokenizer<>(new StringReader(s), new CoreLabelTokenFactory(), "invertible,untokenizable=noneDelete");
    while (t.hasNext()) {
      out.add(t.next().originalText());
    }
    return out;
  }

  @Test
  void everySpaceOfOursSeparatesWordsForCoreNlpAndJavaMissesExactlyTheNoBreakOnes() {
    List<Integer> javaMisses = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (!Whitespace.isSpace(c)) {
        continue;
      }
      String s = new String(Character.toChars(c));
      assertEquals(List.of(), coreNlpTokens(s), () -> "U+" + Integer.toHexString(s.codePointAt(0)) + " alone");
      assertEquals(List.of("a", "b"), coreNlpTokens("a" + s + "b"), () -> "U+" + Integer.toHexString(s.codePointAt(0)) + " between words");
      assertTrue(Whitespace.isBlank(c));
      if (!Character.isWhitespace(c)) {
        javaMisses.add(c);
      }
    }
    assertEquals(List.of(0x00A0, 0x2007, 0x202F), javaMisses, "the spaces Java's isWhitespace and trim() leave out");
  }

  @Test
  void everyUnicodeSpaceAndLineSeparatorIsASpace() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int type = Character.getType(c);
      boolean unicodeSpace = type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
      assertEquals(unicodeSpace || Character.isWhitespace(c), Whitespace.isSpace(c), "U+" + Integer.toHexString(c));
    }
    assertTrue(Whitespace.isBlank(0xFEFF), "a byte-order mark");
    assertTrue(Whitespace.isBlank(0x200F), "a right-to-left mark");
    assertFalse(Whitespace.isBlank('a'));
    assertFalse(Whitespace.isBlank(0xD83D), "half a surrogate pair is never cut off");
  }
}
