package dev.readout.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A line holding only a character CoreNLP reads as no token (a no-break space from a web page, a control, a
 * bidi mark, a symbol it cannot read) fails no document, in either profile.
 */
class InvisibleLinesIT {
  private static final String BEFORE = "Foreign Minister Ana Lima welcomed the agreement.\n";
  private static final String AFTER = "\nPrime Minister Jon Dahl condemned the attack.";

  /** Every space Java misses, and one character of each Unicode category that CoreNLP's tokenizer drops whole. */
  private static List<Integer> invisible() {
    Map<Integer, Integer> byCategory = new TreeMap<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int type = Character.getType(c);
      if (type == Character.SURROGATE || type == Character.UNASSIGNED || Character.isWhitespace(c) || byCategory.containsKey(type)
          && type != Character.SPACE_SEPARATOR) {
        continue;
      }
      PTBTokenizer<CoreLabel> t = new PTBTokenizer<>(new StringReader(new String(Character.toChars(c))), new CoreLabelTokenFactory(),
          "invertible,untokenizable=noneDelete");
      if (!t.hasNext()) {
        byCategory.put(type == Character.SPACE_SEPARATOR ? 1000 + c : type, c);
      }
    }
    java.util.Set<Integer> out = new java.util.TreeSet<>(byCategory.values());
    out.addAll(List.of(0x0001, 0x200B, 0x200F, 0xFEFF)); // a control, a zero-width space, a bidi mark, a byte-order mark
    return List.copyOf(out);
  }

  @Test
  void bothStatementsInBothProfiles() {
    List<Integer> chars = invisible();
    assertEquals(true, chars.containsAll(List.of(0x00A0, 0x2007, 0x202F)) && chars.size() > 20, chars.toString());
    for (Pipeline p : List.of(SharedPipeline.get(), SharedPipeline.fast())) {
      for (int c : chars) {
        String line = new String(Character.toChars(c));
        AnalyzedDocument doc = p.analyze("u" + Integer.toHexString(c), BEFORE + line + AFTER);
        assertEquals(List.of("welcomed", "condemned"), doc.statements().stream().map(Statement::cue).map(x -> x.text()).toList(),
            p.models().get("profile") + " with a line of U+" + Integer.toHexString(c));
      }
    }
  }
}
