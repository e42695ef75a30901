package dev.readout.backend.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {
  private static final RuleTokenizer TOKENIZER = new RuleTokenizer(Lexicon.loadDefault());

  private static List<String> words(String s) {
    return TOKENIZER.tokenize(s).stream().map(r -> s.substring(r[0], r[1])).toList();
  }

  @Test
  void abbreviationsAndInitialsKeepTheirPeriods() {
    assertEquals(List.of("H.E.", "Mr.", "Donald", "J.", "Trump", "met", "U.S.", "officials", "."),
        words("H.E. Mr. Donald J. Trump met U.S. officials."));
  }

  @Test
  void punctuationAndQuotesArePeeledOff() {
    assertEquals(List.of("“", "We", "agree", ",", "”", "she", "said", ":", "(", "yes", ")", "!"),
        words("“We agree,” she said: (yes)!"));
  }

  @Test
  void hyphenatedWordsStayWholeAndSlashesSplit() {
    assertEquals(List.of("Japan", "Self-Defense", "Forces", "and", "the", "High", "Representative", "/", "Vice-President"),
        words("Japan Self-Defense Forces and the High Representative/Vice-President"));
  }

  @Test
  void offsetsPointIntoTheInput() {
    String s = "  The PM spoke,  then left. ";
    for (int[] r : TOKENIZER.tokenize(s)) {
      assertEquals(s.substring(r[0], r[1]).strip(), s.substring(r[0], r[1]));
    }
  }
}
