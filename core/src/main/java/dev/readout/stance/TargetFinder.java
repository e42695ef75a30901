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
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TargetFinder.class);
  /** One way to read a content: it returns the target, or empty to let the next frame try. */
  public interface Frame {
    String name();

    Optional<Target> find(TargetContext c);
  }

  /** The frames in the order they are tried. */
  public static final List<Function<TargetLexicon, Frame>> DEFAULT_FRAMES = List.of(
      RelativeAntecedentFrame::new,
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
      Optional<Target> t;
      try {
        t = f.find(c);
      } catch (RuntimeException e) {
        // a frame's reading must never cost the document its statements: the next frame reads the content instead
        LOG.warn("{}: target frame '{}' failed on statement {} ({}); the next frame decides", doc.id(), f.name(), st.id(), e.toString());
        continue;
      }
      if (t.isPresent()) {
        return t.get();
      }
    }
    return new Target(content.of(doc.text()), null, content, null, "content");
  }

  /**
   * The stance a target implies on its own, so that stance and target agree: a call on an actor to stop or change
   * ("urged Russia to withdraw", "called for an end to the shelling") or a demand made of it ("said Hamas must free
   * every hostage") is held against that actor or act.
   */
  public static Optional<StanceDecision> impliedStance(Target target) {
    if (target != null && target.rule() != null
        && (target.rule().startsWith(CallAddresseeFrame.ADDRESSEE) || target.rule().startsWith(CallAddresseeFrame.TO_STOP)
            || target.rule().contains(ENDED)
            || target.rule().endsWith(ClauseFrame.DEMAND) || target.rule().endsWith(">" + ClauseFrame.FAULTED))) {
      return Optional.of(new StanceDecision(dev.readout.model.Stance.OPPOSE, 0.9, target, "target " + target.rule()));
    }
    return Optional.empty();
  }

  /** Verbs whose object is a means to an end: "use its influence to ...", "take every step to ...". */
  private static final java.util.Set<String> MEANS_VERBS = java.util.Set.of("use", "take", "make", "exert", "leverage", "do", "spare");
  private static final java.util.Set<String> MEANS_NOUNS = java.util.Set.of(
      "influence", "step", "measure", "effort", "action", "leverage", "position", "role", "power", "good", "office", "everything",
      "utmost", "more", "all", "what", "whatever");
  /**
   * The verb a chain of verbs that say little ends in: "take every step to halt" ends in "halt", "use its influence to
   * help bring" in "bring", "continue to work with X to end" in "end".
   */
  static int finalVerb(TargetContext c, int verb) {
    ContentTokens t = c.tokens();
    TargetLexicon w = c.words();
    for (int guard = 0; guard < 6; guard++) {
      int next = verb + 1;
      while (next < t.size() && (t.at(next).pos().startsWith("RB") || t.at(next).pos().equals("RP"))) {
        next++;
      }
      boolean light = w.is(WordClass.LIGHT_VERB, t.lemma(verb)) || t.isWord(verb, "help");
      if (light && t.isWord(next, "to") && t.isVerbForm(next + 1)) {
        verb = next + 1;
        continue;
      }
      if (light && next < t.size() && (t.at(next).pos().equals("VB") || t.at(next).pos().equals("VBG"))) {
        verb = next;
        continue;
      }
      Phrase object = t.chunk(next);
      if (object != null && (MEANS_VERBS.contains(t.lemma(verb)) && (MEANS_NOUNS.contains(t.lemma(object.head()))
          || t.at(object.head()).pos().equals("PRP")) || light && t.isWord(next, "with"))) {
        int after = t.extend(object).last() + 1;
        if (t.isWord(after, "to") && t.isVerbForm(after + 1)) {
          verb = after + 1;
          continue;
        }
      }
      if (light && t.isWord(next, "with") && t.chunk(next + 1) != null) {
        int after = t.extend(t.chunk(next + 1)).last() + 1;
        if (t.isWord(after, "to") && t.isVerbForm(after + 1)) {
          verb = after + 1;
          continue;
        }
      }
      return verb;
    }
    return verb;
  }

  /** Complements that say when, not what: "meet in the near future". */
  static final java.util.Set<String> TIME_NOUNS = java.util.Set.of(
      "future", "day", "week", "month", "year", "time", "period", "morning", "evening", "afternoon", "weekend", "moment", "date");
  private static final java.util.Set<String> PART_NOUNS = java.util.Set.of("part", "role", "lead", "share");

  /** The rule a target gets when it is what is to be brought to an end. */
  static final String ENDED = ">to-end";

  /**
   * "bring these attacks to an end", "bring an end to the attacks", "put an end to the fighting": the thing to end,
   * marked {@value #ENDED} in its rule.
   */
  private static Optional<Target> endOf(TargetContext c, int verb, int next, String rule, int depth) {
    ContentTokens t = c.tokens();
    if (!t.isWord(verb, "bring", "put", "brings", "putting", "bringing")) {
      return Optional.empty();
    }
    if (t.isWord(next, "an", "a") && t.isWord(next + 1, "end", "halt", "stop") && t.isWord(next + 2, "to")) {
      Phrase p = t.chunk(next + 3);
      return p == null ? Optional.empty() : Optional.of(c.resolve(t.extend(p), rule + ENDED, depth + 1));
    }
    Phrase p = t.chunk(next);
    if (p != null && t.isWord(p.last() + 1, "to") && t.isWord(p.last() + 2, "an", "a") && t.isWord(p.last() + 3, "end", "halt")) {
      return Optional.of(c.resolve(p, rule + ENDED, depth + 1));
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
    if (!light && t.isWord(next, "to") && t.isVerbForm(next + 1) && next + 1 < t.size() && !t.at(next + 1).isNoun()) {
      return verbComplement(c, next + 1, rule + ">to", depth + 1); // "committed to strengthening ties", "decided to X"
    }
    if (light && next < t.size() && (t.at(next).pos().startsWith("JJ") || t.at(next).pos().equals("VBN"))
        && t.isWord(next + 1, "on", "to", "in") && next + 2 < t.size()) {
      // "remain focused on helping communities recover", "stay engaged in the talks"
      if (t.at(next + 2).pos().equals("VBG")) {
        return verbComplement(c, next + 2, rule + ">light-verb", depth + 1);
      }
      Phrase p = t.chunk(next + 2);
      if (p != null) {
        return Optional.of(c.resolve(t.extend(p), rule + ">light-verb", depth + 1));
      }
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
    if (light && t.isWord(next, "ready", "prepared", "willing", "determined", "committed") && t.isWord(next + 1, "to") && t.isVerbForm(next + 2)) {
      return verbComplement(c, next + 2, rule + ">light-verb", depth + 1); // "stands ready to contribute to X"
    }
    if (t.isWord(verb, "take", "play", "took", "taking", "playing") && t.chunk(next) != null
        && PART_NOUNS.contains(t.lemma(t.chunk(next).head())) && t.isWord(t.chunk(next).last() + 1, "in")) {
      Phrase in = t.chunk(t.chunk(next).last() + 2); // "take part in a naval mission", "play an active role in X"
      if (in != null) {
        return Optional.of(c.resolve(t.extend(in), rule + ">light-verb", depth + 1));
      }
    }
    if (light && t.isWord(next, "with")) {
      Phrase partner = t.chunk(next + 1); // "work with the new government to put relations on a stable footing"
      if (partner != null) {
        int after = t.extend(partner).last() + 1;
        while (t.isWord(after, ",", "and") && t.chunk(after + 1) != null) {
          after = t.extend(t.chunk(after + 1)).last() + 1; // "with the parties, the countries of the region and partners"
        }
        if (t.isWord(after, "to") && t.isVerbForm(after + 1)) {
          return verbComplement(c, after + 1, rule + ">light-verb", depth + 1);
        }
        if (t.isWord(after, "toward", "towards", "for", "on") && t.chunk(after + 1) != null) {
          return Optional.of(c.resolve(t.extend(t.chunk(after + 1)), rule + ">light-verb", depth + 1));
        }
      }
    }
    if (!light && t.isWord(next, "with", "to") && !(t.isWord(next, "to") && t.isVerbForm(next + 1)) && t.chunk(next + 1) != null) {
      // "discussed with the Secretary of State the best way forward", "conveyed to President Park our hope": who
      // is addressed comes before what is said
      int after = t.extend(t.chunk(next + 1)).last() + 1;
      if (after < t.size() && (t.at(after).pos().equals("DT") || t.at(after).pos().equals("PRP$")) && t.chunk(after) != null) {
        return Optional.of(c.resolve(t.extend(t.chunk(after)), rule + ">after-addressee", depth + 1));
      }
    }
    Optional<Target> ended = endOf(c, verb, next, rule, depth);
    if (ended.isPresent()) {
      return ended;
    }
    Phrase object = t.chunk(next);
    if (object != null) {
      Phrase o = t.extend(object);
      int after = o.last() + 1;
      if (t.at(after < t.size() ? after : o.last()).pos().equals("PRP") && after + 1 < t.size() && t.at(after + 1).pos().equals("MD")) {
        after += 2; // "doing everything he can to help"
      }
      if (MEANS_VERBS.contains(t.lemma(verb)) && t.isWord(after, "to") && t.isVerbForm(after + 1)
          && (MEANS_NOUNS.contains(t.lemma(object.head())) || t.at(object.head()).pos().equals("PRP"))) {
        // "use its influence with Tehran to help bring ...", "take every step to halt ...": what the means are for
        return verbComplement(c, after + 1, rule + ">light-verb", depth + 1);
      }
      boolean toAccount = t.isWord(verb, "hold", "holding", "held", "holds") && t.isWord(o.last(), "accountable", "responsible")
          && o.last() > o.head();
      if (toAccount) {
        o = new Phrase(o.first(), o.last() - 1, o.head(), Math.min(o.coreEnd(), o.last() - 1), o.possessorEnd());
      }
      if (w.is(WordClass.UNDO_VERB, t.lemma(verb)) || toAccount) { // "holding Hamas's leaders accountable": held against them
        // "prevent further escalation", "counter the PRC's coercion": what is to be done away with, held against
        return Optional.of(c.resolve(o, rule + ENDED, depth + 1));
      }
      return Optional.of(c.resolve(o, rule, depth + 1));
    }
    if (next == verb + 1 && t.isWord(next, "to", "in", "on", "toward", "towards", "into") && !(t.isWord(next, "to") && t.isVerbForm(next + 1))) {
      Phrase p = t.chunk(next + 1); // "agree to an immediate ceasefire", "invest in the development of X"
      if (p != null && !TIME_NOUNS.contains(t.lemma(p.head()))) {
        return Optional.of(c.resolve(t.extend(p), rule + ">prep-object", depth + 1));
      }
    }
    int end = verb;
    while (end + 1 < t.size() && end - verb < 6 && !t.at(end + 1).pos().equals(",") && !t.at(end + 1).pos().equals(".")
        && !t.isWord(end + 1, "and", "that", "as", "while", "which") && !(t.isWord(end + 1, "to") && t.isVerbForm(end + 2))) {
      end++;
    }
    return Optional.of(c.phraseTarget(verb, end, rule + ">verb-phrase"));
  }
}
