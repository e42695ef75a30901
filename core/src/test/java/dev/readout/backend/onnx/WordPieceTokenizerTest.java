package dev.readout.backend.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BERT's uncased WordPiece on a hand-made vocabulary. */
class WordPieceTokenizerTest {
  private static final List<String> WORDS = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "un", "##aff", "##able", "cafe",
      "minister", "welcomed", ",", "!", "[", "]", "$", "talks", "##s", "talk", "中");

  private static WordPieceTokenizer tokenizer() {
    Map<String, Integer> vocab = new HashMap<>();
    for (int i = 0; i < WORDS.size(); i++) {
      vocab.put(WORDS.get(i), i);
    }
    return new WordPieceTokenizer(vocab);
  }

  @Test
  void lowerCasesStripsAccentsAndSplitsPunctuation() {
    assertEquals(List.of("the", "minister", "welcomed", "[", "cafe", "]", ",", "!"), tokenizer().pieces("The MINISTER welcomed [Café],!"));
  }

  @Test
  void splitsWordsIntoTheLongestPiecesAndGivesUpOnAWordItCannotSplit() {
    assertEquals(List.of("un", "##aff", "##able", "[UNK]", "talks"), tokenizer().pieces("unaffable unaffordable talks"));
  }

  @Test
  void asciiSymbolsAreSplitLikePunctuationAndIdeographsStandAlone() {
    assertEquals(List.of("$", "talk", "中", "talk"), tokenizer().pieces("$talk中talk"));
  }

  @Test
  void controlsAreDroppedAndEverySpaceSeparates() {
    assertEquals(List.of("the", "talks"), tokenizer().pieces("the\u0000\u200B\u00A0\ttalks"));
  }

  @Test
  void idsAreFramedAndCutToTheLimit() {
    assertArrayEquals(new long[] {2, 4, 9, 3}, tokenizer().ids("the minister", 10));
    assertArrayEquals(new long[] {2, 4, 3}, tokenizer().ids("the minister welcomed", 3));
    assertArrayEquals(new long[] {2, 3}, tokenizer().ids("", 10));
  }

  @Test
  void aVeryLongWordIsUnknown() {
    assertEquals(List.of("[UNK]"), tokenizer().pieces("talk".repeat(26)));
  }
}
