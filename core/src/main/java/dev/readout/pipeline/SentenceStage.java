package dev.readout.pipeline;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import dev.readout.model.Warning;
import dev.readout.sentences.Segment;
import dev.readout.sentences.SentenceCutter;
import dev.readout.sentences.SentenceSplitter;
import dev.readout.sentences.TokenAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The sentences stage: split, cut a sentence over the token limit into pieces, analyse the tokens. Stateless. */
final class SentenceStage {
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "``", "''", "«", "»");

  private SentenceStage() {}

  /**
   * Whether a piece of a long sentence can hold a statement: a word that heads a cue of the lexicon (by lemma or
   * by its own form, as the attribution looks them up), or a quotation mark. Only such pieces are parsed. (Every
   * whole sentence is: the actors' rules read subjects and appositions from sentences without a cue, and
   * leaving those unparsed cost 0.037 of dev speaker accuracy.)
   */
  static boolean canHoldStatement(List<Token> tokens, Lexicon lex) {
    for (Token t : tokens) {
      if (QUOTES.contains(t.text()) || !lex.cuesWithHead(t.lemma()).isEmpty()
          || !lex.cuesWithHead(t.text().toLowerCase(Locale.ROOT)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The sentences, a sentence over the token limit as its pieces, each such sentence with a warning. */
  static AnalyzedDocument sentences(AnalyzedDocument doc, SentenceSplitter split, SentenceCutter cutter, TokenAnalyzer tok,
      Predicate<List<Token>> worthParsing) {
    String text = doc.text();
    List<Sentence> out = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>(doc.warnings());
    for (Segment seg : split.split(text)) {
      SentenceCutter.Cut cut = cutter.cut(text, seg.span());
      if (cut.pieces().size() > 1) {
        warnings.add(new Warning(Warning.LONG_SENTENCE, seg.span().begin(), seg.span().end(), String.format(Locale.ROOT,
            "a sentence of %d tokens, over the limit of %d: analysed as %d pieces cut at clause boundaries (those without a cue or quotation not parsed)",
            cut.tokens(), cutter.maxTokens(), cut.pieces().size())));
      }
      for (Span piece : cut.pieces()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new IllegalStateException("interrupted");
        }
        List<Token> tokens = cut.pieces().size() == 1 ? tok.analyze(text, piece) : tok.analyze(text, piece, worthParsing);
        out.add(new Sentence(out.size(), piece.begin(), piece.end(), seg.section(), seg.heading(), tokens));
      }
    }
    return doc.withSentences(out).withWarnings(warnings);
  }
}
