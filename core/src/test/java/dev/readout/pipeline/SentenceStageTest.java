package dev.readout.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Span;
import dev.readout.model.Token;
import dev.readout.sentences.RuleSentenceSplitter;
import dev.readout.sentences.SentenceCutter;
import dev.readout.sentences.TokenAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which sentences the sentences stage sends to the parser. */
class SentenceStageTest {
  private static final Lexicon LEX = Lexicon.loadDefault();
  private static final String TEXT = "The weather was mild. Minister Lima said the talks went well. We, the leaders of Chile and Peru, met today.";

  /** Splits at spaces, lemma the lower-cased word, tag VBD for "-ed"/"met"/"said"; records what it was asked to parse. */
  private static final class Recording implements TokenAnalyzer {
    final List<String> parsed = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public List<Token> analyze(String text, Span sentence) {
      parsed.add(sentence.of(text));
      return tokens(text, sentence);
    }

    @Override
    public List<Token> analyze(String text, Span sentence, Predicate<List<Token>> needsParse) {
      List<Token> tokens = tokens(text, sentence);
      (needsParse.test(tokens) ? parsed : skipped).add(sentence.of(text));
      return tokens;
    }

    private static List<Token> tokens(String text, Span sentence) {
      List<Token> out = new ArrayList<>();
      int i = sentence.begin();
      while (i < sentence.end()) {
        int e = i;
        while (e < sentence.end() && text.charAt(e) != ' ') {
          e++;
        }
        String w = text.substring(i, e).replaceAll("[.,]", "");
        String lemma = switch (w.toLowerCase()) {
          case "said" -> "say";
          case "met" -> "meet";
          case "was", "went" -> w.equals("was") ? "be" : "go";
          default -> w.toLowerCase();
        };
        String pos = List.of("said", "met", "was", "went").contains(w) ? "VBD" : "NN";
        out.add(new Token(out.size(), i, i + Math.max(1, w.length()), w.isEmpty() ? "," : w, lemma, pos, "O", -1, "dep"));
        i = e + 1;
      }
      return out;
    }
  }

  private static Recording run(boolean parseEvery) {
    Recording r = new Recording();
    SentenceStage.sentences(AnalyzedDocument.of("d", TEXT, Map.of()), new RuleSentenceSplitter(LEX), new SentenceCutter(500), r,
        tokens -> SentenceStage.worthParsing(tokens, LEX), parseEvery);
    return r;
  }

  @Test
  void byDefaultEveryWholeSentenceIsParsed() {
    Recording r = run(true);
    assertEquals(3, r.parsed.size());
    assertEquals(List.of(), r.skipped);
  }

  @Test
  void whereNeededOnlyCuesMeetingsAndWeAreParsed() {
    Recording r = run(false);
    assertEquals(List.of("Minister Lima said the talks went well.", "We, the leaders of Chile and Peru, met today."), r.parsed);
    assertEquals(List.of("The weather was mild."), r.skipped);
  }
}
