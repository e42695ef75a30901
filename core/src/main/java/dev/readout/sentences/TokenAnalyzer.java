package dev.readout.sentences;

import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.List;

/**
 * Tokens, part-of-speech tags, lemmas, statistical entity tags and dependency arcs of one sentence.
 * Implementations are thread-safe.
 */
public interface TokenAnalyzer {
  /** The tokens of {@code sentence}, their offsets in {@code text}. */
  List<Token> analyze(String text, Span sentence);
}
