package dev.readout.stance;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.Token;
import dev.readout.stance.ContentTokens.Phrase;
import dev.readout.stance.TargetLexicon.WordClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The target of a statement: what its stance is held toward. A short driver over ordered, named frames, each
 * reading the content its own way; the first that finds something decides, and the target records the frame and
 * every step taken after it ({@code "clause-subject>see-through"}). Every frame ends in the same resolution: a
 * light or attitude noun gives way to its complement ("the importance of X", "its commitment to X", "gratitude to
 * X for Y"), a verb that says little to its complement ("will continue to pursue every effort to secure X"), and
 * the phrase becomes an actor target when it names an actor other than the speaker's side, or an act of one
 * ("Russia's war in Ukraine"). Thread-safe: frames are stateless.
 */
public final class TargetFinder {
  /** One way to read a content: it returns the target, or empty to let the next frame try. */
  public interface Frame {
    String name();

    Optional<Target> find(TargetContext c);
  }

  /** The frames in the order they are tried. */
  public static final List<Function<TargetLexicon, Frame>> DEFAULT_FRAMES = List.of(
      CallAddresseeFrame::new,
      ActorObjectFrame::new,
      ClauseFrame::new,
      VerbFrame::new,
      NounPhraseFrame::new);

  private final TargetLexicon words;
  private final List<Frame> frames;

  public TargetFinder(Lexicon lexicon) {
    this.words = TargetLexicon.of(lexicon);
    List<Frame> fs = new ArrayList<>();
    DEFAULT_FRAMES.forEach(f -> fs.add(f.apply(words)));
    this.frames = List.copyOf(fs);
  }

  /** The frames' names in order. */
  public List<String> frameNames() {
    return frames.stream().map(Frame::name).toList();
  }

  public Target find(Statement st, AnalyzedDocument doc) {
    Span content = st.content().span();
    if (content.length() == 0) {
      return new Target(st.cue().text(), null, null, null, "cue");
    }
    Sentence s = doc.sentences().get(st.sentence());
    List<Token> toks = s.tokens().stream().filter(t -> content.contains(t.span())).toList();
    if (toks.isEmpty()) {
      return new Target(content.of(doc.text()), null, content, null, "content");
    }
    TargetContext c = new TargetContext(st, doc, s, new ContentTokens(toks), words);
    for (Frame f : frames) {
      Optional<Target> t = f.find(c);
      if (t.isPresent()) {
        return t.get();
      }
    }
    return new Target(content.of(doc.text()), null, content, null, "content");
  }

  /**
   * The stance a target implies on its own, so that stance and target agree: a call on an actor to stop or change
   * ("urged Russia to withdraw", "called for an end to the shelling") is held against that actor or act.
   */
  public static Optional<StanceDecision> impliedStance(Target target) {
    if (target != null && target.rule() != null
        && (target.rule().startsWith(CallAddresseeFrame.ADDRESSEE) || target.rule().startsWith(CallAddresseeFrame.TO_STOP))) {
      return Optional.of(new StanceDecision(dev.readout.model.Stance.OPPOSE, 0.9, target, "target " + target.rule()));
    }
    return Optional.empty();
  }

  /** Helper shared by frames: the complement noun phrase after a verb, resolved. */
  static Optional<Target> verbComplement(TargetContext c, int verb, String rule, int depth) {
    ContentTokens t = c.tokens();
    TargetLexicon w = c.words();
    if (depth > 6 || verb >= t.size()) {
      return Optional.empty();
    }
    int next = verb + 1;
    while (next < t.size() && (t.at(next).pos().startsWith("RB") || t.at(next).pos().equals("RP"))) {
      next++;
    }
    while (t.isWord(next, "and", "or") && next + 1 < t.size() && t.at(next + 1).pos().equals(t.at(verb).pos())) {
      verb = next + 1; // "expanding and deepening cooperation", "maintain and advance the implementation"
      next = verb + 1;
    }
    boolean light = w.is(WordClass.LIGHT_VERB, t.lemma(verb));
    if (w.is(WordClass.CLAUSE_VERB, t.lemma(verb))) {
      int from = t.isWord(next, "that") ? next + 1 : next;
      Optional<Target> inner = ClauseFrame.clauseAt(c, from, rule + ">clause-verb", depth + 1);
      if (inner.isPresent()) {
        return inner;
      }
    }
    if (light && t.isWord(next, "to") && t.isVerbForm(next + 1)) {
      return verbComplement(c, next + 1, rule + ">light-verb", depth + 1);
    }
    if (light && next < t.size() && t.at(next).pos().equals("VBG")) {
      return verbComplement(c, next, rule + ">light-verb", depth + 1);
    }
    if (light && t.isWord(next, "for", "toward", "towards", "on")) {
      Phrase p = t.chunk(next + 1);
      if (p != null) {
        return Optional.of(c.resolve(t.extend(p), rule + ">light-verb", depth + 1));
      }
    }
    if (t.isWord(verb, "help") && next < t.size() && t.at(next).pos().equals("VB")) {
      return verbComplement(c, next, rule + ">light-verb", depth + 1);
    }
    Phrase object = t.chunk(next);
    if (object != null) {
      return Optional.of(c.resolve(t.extend(object), rule, depth + 1));
    }
    int end = verb;
    while (end + 1 < t.size() && end - verb < 6 && !t.at(end + 1).pos().equals(",") && !t.at(end + 1).pos().equals(".")
        && !t.isWord(end + 1, "and", "that", "as", "while", "which") && !(t.isWord(end + 1, "to") && t.isVerbForm(end + 2))) {
      end++;
    }
    return Optional.of(c.phraseTarget(verb, end, rule + ">verb-phrase"));
  }
}
