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
   * Whether a sentence can hold a statement: a word that heads a cue of the lexicon (by lemma or by its own form,
   * as the attribution looks them up), or a quotation mark.
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

  /** Verbs whose sentence names who takes part: "X chaired the meeting", "Y took part", "Z attended". */
  private static final Set<String> TAKING_PART = Set.of("chair", "co-chair", "attend", "participate", "take", "visit", "lead", "accompany", "represent");

  /**
   * Whether the parser is worth its cost on a sentence (it is most of the accurate profile's): one that can hold a
   * statement, or one the actors' rules read who takes part or who "we" are from: a meeting or taking part ("met",
   * "chaired", "took part"), a "we". The others get the rule-based shallow parse. For the pieces of a long sentence
   * always; for whole sentences when the pipeline is built so. Parsing only sentences with a cue or a quotation cost
   * 0.037 of dev speaker accuracy, and 0.021 with the shallow parse for the others ("We, the leaders of A, B and C,
   * met"; "X chaired the meeting ... Y and Z took part"); with these, none.
   */
  static boolean worthParsing(List<Token> tokens, Lexicon lex) {
    if (canHoldStatement(tokens, lex)) {
      return true;
    }
    for (Token t : tokens) {
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      if (t.text().equalsIgnoreCase("we") || t.isVerb() && (lex.isMeetingVerb(lemma) || TAKING_PART.contains(lemma))) {
        return true;
      }
    }
    return false;
  }

  /** The sentences, a sentence over the token limit as its pieces, each such sentence with a warning. */
  static AnalyzedDocument sentences(AnalyzedDocument doc, SentenceSplitter split, SentenceCutter cutter, TokenAnalyzer tok,
      Predicate<List<Token>> worthParsing, boolean parseEvery) {
    String text = doc.text();
    List<Sentence> out = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>(doc.warnings());
    for (Segment seg : split.split(text)) {
      SentenceCutter.Cut cut = cutter.cut(text, seg.span());
      if (cut.pieces().size() > 1) {
        warnings.add(new Warning(Warning.LONG_SENTENCE, seg.span().begin(), seg.span().end(), String.format(Locale.ROOT,
            "a sentence of %d tokens, over the limit of %d: analysed as %d pieces cut at clause boundaries (those that can hold no statement given the rule-based parse)",
            cut.tokens(), cutter.maxTokens(), cut.pieces().size())));
      }
      for (Span piece : cut.pieces()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new IllegalStateException("interrupted");
        }
        // a piece of a long sentence is parsed only when worth it; a whole sentence always, unless told otherwise
        List<Token> tokens = parseEvery && cut.pieces().size() == 1 ? tok.analyze(text, piece) : tok.analyze(text, piece, worthParsing);
        out.add(new Sentence(out.size(), piece.begin(), piece.end(), seg.section(), seg.heading(), tokens));
      }
    }
    return doc.withSentences(out).withWarnings(warnings);
  }
}
