package dev.readout.pipeline;

import dev.readout.model.Span;
import dev.readout.model.Token;
import dev.readout.sentences.TokenAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token analyzer that analyses each sentence (its text at its place) once and then answers from memory. Thread-safe. */
final class MemoTokenAnalyzer implements TokenAnalyzer {
  private final TokenAnalyzer analyzer;
  private final Map<String, List<Token>> memo = new ConcurrentHashMap<>();

  MemoTokenAnalyzer(TokenAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public List<Token> analyze(String text, Span sentence) {
    return memo.computeIfAbsent(sentence.begin() + ":" + sentence.of(text), k -> analyzer.analyze(text, sentence));
  }

  @Override
  public List<Token> analyze(String text, Span sentence, java.util.function.Predicate<List<Token>> needsParse) {
    return memo.computeIfAbsent(sentence.begin() + ":" + sentence.of(text), k -> analyzer.analyze(text, sentence, needsParse));
  }
}
