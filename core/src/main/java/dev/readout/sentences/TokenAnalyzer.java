package dev.readout.sentences;

import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.List;
import java.util.function.Predicate;

/**
 * Tokens, part-of-speech tags, lemmas, statistical entity tags and dependency arcs of one sentence.
 * Implementations are thread-safe.
 */
public interface TokenAnalyzer {
  /** The tokens of {@code sentence}, their offsets in {@code text}. */
  List<Token> analyze(String text, Span sentence);

  /**
   * The same, except that an analyzer may give a cheaper parse (a rule-based one, or none: every token its own root,
   * relation "dep") when {@code needsParse}, asked about the tokens with their tags, lemmas and entity tags, says
   * the sentence does not need its parser. By default the parser's arcs are always there.
   */
  default List<Token> analyze(String text, Span sentence, Predicate<List<Token>> needsParse) {
    return analyze(text, sentence);
  }
}
