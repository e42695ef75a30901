package dev.readout.stance;

import dev.readout.model.Target;
import dev.readout.model.Token;
import dev.readout.stance.ContentTokens.Phrase;
import dev.readout.stance.TargetLexicon.WordClass;
import java.util.Optional;
import java.util.Set;

/**
 * The content is a clause. When its subject is a third party, the statement judges it: "said North Korea's
 * launches were a threat", "agreed that bilateral cooperation on energy security is critical" are about the subject
 * (rule {@code clause-subject}). When its subject is the speaker's side, a pronoun or an empty "it", the statement
 * says what the speaker wants or does: "underscored that the Administration will continue to pursue every effort to
 * secure the release of all hostages" is about the release ({@code clause-object}); "reaffirmed that the
 * Administration is the most pro-union administration in history" about the predicate ({@code clause-predicate}).
 * Runs before the verb and noun-phrase frames: a clause's first noun phrase is its subject, which they would take.
 */
final class ClauseFrame implements TargetFinder.Frame {
  static final String SUBJECT = "clause-subject";
  static final String OBJECT = "clause-object";
  static final String PREDICATE = "clause-predicate";
  static final String DEMAND = "clause-demand";
  static final String PARTNER = "clause-partner";
  static final String MEANS = "clause-means";
  /** The last step of a subject target the clause holds at fault, which the stance follows (OPPOSE). */
  static final String FAULTED = "faulted";
  private static final Set<String> EMPTY_SUBJECTS = Set.of(
      "it", "there", "this", "that", "these", "those", "we", "they", "he", "she", "i", "you", "both", "all");
  /** Counted groups that are the meeting's participants: "the two countries", "both sides". */
  private static final Set<String> PARTICIPANT_NOUNS = Set.of(
      "country", "side", "leader", "government", "nation", "minister", "president", "delegation", "party", "state",
      "official", "counterpart", "partner");
  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "'s", "'re", "remain", "remains", "remained");

  ClauseFrame(TargetLexicon words) {
    this.words = words;
  }

  @Override
  public String name() {
    return "clause";
  }

  private final TargetLexicon words;

  @Override
  public Optional<Target> find(TargetContext c) {
    boolean wanted = c.sentence().tokenAt(c.statement().cue().begin()).map(cue -> words.is(WordClass.DESIRE_CUE, cue.lemma())).orElse(false);
    return clauseAt(c, 0, "", 0, wanted);
  }

  static Optional<Target> clauseAt(TargetContext c, int from, String prefix, int depth) {
    return clauseAt(c, from, prefix, depth, false);
  }

  /**
   * The target of a clause that starts at content position {@code from}; empty when none starts there. A
   * {@code wanted} clause ("hoped that the parties will reach a settlement") is about what it wants done, whoever
   * its subject.
   */
  static Optional<Target> clauseAt(TargetContext c, int from, String prefix, int depth, boolean wanted) {
    ContentTokens t = c.tokens();
    if (depth > 6) {
      return Optional.empty();
    }
    int start = from;
    while (start < t.size() && (t.isWord(start, "that", "whether", "how", "why", "“", "\"", "today", "now") || t.at(start).pos().startsWith("RB")
        || t.isWord(start, ",") && start > from)) {
      start++;
    }
    while (t.isWord(start, ",")) {
      start++;
    }
    if (start < t.size() && (t.at(start).pos().equals("VBN") || t.at(start).pos().equals("VBD"))) {
      int comma = start + 1; // "that, left unchecked, AI systems could ...": past the participle's clause
      while (comma < t.size() && comma < start + 5 && !t.at(comma).text().equals(",")) {
        comma++;
      }
      if (comma + 1 < t.size() && t.at(comma).text().equals(",")) {
        start = comma + 1;
      }
    }
    for (int guard = 0; guard < 3 && t.isWord(start, "although", "though", "while", "whereas", "if", "unless", "as", "once", "when",
        "since", "over", "after", "during", "following", "despite", "amid", "thanks"); guard++) {
      // "although U.S. troops are leaving, the partnership will continue", "over the past two years, thanks to the
      // joint efforts of both sides, relations have ...": past the condition or the time, to the clause
      int comma = start + 1;
      while (comma < t.size() && !t.at(comma).text().equals(",")) {
        comma++;
      }
      if (comma + 1 >= t.size()) {
        break;
      }
      start = comma + 1;
    }
    int verb = -1;
    for (int i = start; i < t.size(); i++) {
      if (t.isFiniteVerb(i) && !(t.at(i).pos().equals("VBD") && t.isWord(i + 1, "by"))) { // "posed by China": a participle
        verb = i;
        break;
      }
      if (t.isWord(i, "to") && t.isVerbForm(i + 1) || t.at(i).pos().equals(".") || t.isWord(i, ";")) {
        return Optional.empty();
      }
    }
    if (verb < 0 || relativeBefore(t, start, verb)) {
      return Optional.empty(); // "the launches by the DPRK, which threaten ...": a noun phrase, not a clause
    }
    int subject = subjectBefore(c, start, verb);
    if (subject < 0 || subject > start && !t.at(subject - 1).text().equals(",")) {
      return Optional.empty();
    }
    Phrase sp = t.chunk(subject);
    if (sp == null && t.at(subject).pos().equals("DT") && EMPTY_SUBJECTS.contains(t.lower(subject)) && subject + 1 == verb) {
      sp = new Phrase(subject, subject, subject, subject, subject - 1); // "agreeing this would provide an opportunity"
    }
    if (sp == null) {
      return Optional.empty();
    }
    int v = mainVerb(t, verb);
    if (wanted && !emptySubject(c, sp) && v < t.size() && t.at(v).isVerb() && !copular(t, verb, v)) {
      Optional<Target> object = objectOf(c, v, prefix(prefix, OBJECT), depth);
      if (object.isPresent()) {
        return object;
      }
    }
    boolean demand = t.isWord(verb, "must", "should") || t.isWord(verb, "can", "could", "ca") && t.isWord(verb + 1, "not", "n't", "never")
        || t.isWord(verb, "cannot");
    boolean hasToBe = t.isWord(verb, "had", "has", "have", "need", "needs") && t.isWord(verb + 1, "to") && t.isWord(verb + 2, "be")
        && verb + 3 < t.size() && t.at(verb + 3).pos().equals("VBN"); // "had to be solved through dialogue"
    if (t.at(verb).pos().equals("MD") && passive(t, verb, v) || hasToBe) {
      Optional<Target> means = Predicates.means(c, hasToBe ? verb + 3 : v, prefix(prefix, MEANS), depth);
      if (means.isPresent()) {
        return means; // "disputes must be resolved in accordance with international law": the way the speaker wants
      }
    }
    Phrase wholeSubject = t.extend(sp);
    boolean oneActor = c.actorsWithin(wholeSubject.first(), wholeSubject.last()).size() == 1;
    Phrase pair = t.isWord(sp.last() + 1, "and") && t.chunk(sp.last() + 2) != null && t.chunk(sp.last() + 2).last() + 1 == verb
        ? new Phrase(sp.first(), t.chunk(sp.last() + 2).last(), sp.head(), sp.coreEnd(), sp.possessorEnd()) : null;
    if (pair != null && emptySubject(c, sp) && copular(t, verb, v)) {
      java.util.List<String> others = c.actorsWithin(pair.first(), pair.last()).stream().filter(a -> !c.isOwnSide(a)).toList();
      if (others.size() == 1) {
        // "China and Australia are comprehensive strategic partners": the speaker's side and one other, and what they
        // are to each other; the statement is about the other
        return Optional.of(c.actorTarget(others.get(0), pair, prefix(prefix, PARTNER)));
      }
    }
    if (!emptySubject(c, sp) && actorSubject(c, sp) && oneActor && pair == null && demand && v < t.size() && t.at(v).isVerb()
        && !copular(t, verb, v) && !passive(t, verb, v)) {
      // "Israel must allow far more aid to reach civilians", "Hamas cannot control Gaza": a demand made of an actor
      String id = c.actorCovering(sp.head(), sp.head()).orElseThrow();
      String name = c.document().actor(id).map(a -> a.name()).orElse(id);
      return Optional.of(new Target(name, id, t.span(sp.first(), sp.last()), name.toLowerCase(java.util.Locale.ROOT),
          prefix(prefix, DEMAND)));
    }
    if (!emptySubject(c, sp) && actorSubject(c, sp) && intention(t, verb, v)) {
      // "the EU would step up its humanitarian assistance", "Russia was ready to work on a memorandum": what the actor
      // will do is what the statement is about
      Optional<Target> what = copular(t, verb, v) ? predicate(c, BE.contains(t.lemma(v)) ? v + 1 : v, prefix, depth)
          : objectOf(c, v, prefix(prefix, OBJECT), depth);
      if (what.isPresent()) {
        return what;
      }
    }
    if (!emptySubject(c, sp) && !actorSubject(c, sp) && t.at(verb).pos().equals("MD") && v < t.size() && t.at(v).isVerb()
        && !copular(t, verb, v) && !passive(t, verb, v) && !Predicates.harmful(c, v)) {
      // "the Treaty would deepen the integration of the two forces", "any process must begin with the withdrawal of
      // foreign forces": a thing, not a party, and what it will or must do; the statement is about what that touches
      // (but "such actions would violate Korea's rights" judges the actions)
      Optional<Target> what = objectOf(c, v, prefix(prefix, OBJECT), depth).filter(o -> o.head() == null || !EMPTY_SUBJECTS.contains(o.text().toLowerCase(java.util.Locale.ROOT)));
      if (what.isPresent()) {
        return what;
      }
    }
    if (!emptySubject(c, sp)) {
      Target judged = c.resolve(t.extend(sp), prefix(prefix, SUBJECT), depth + 1);
      if (judged.actor() != null && !c.isOwnSide(judged.actor()) && pair == null && Predicates.faulted(c, verb, v)) {
        // "Hamas is the only obstacle to a ceasefire", "Hamas does not stand for the people's rights": the clause
        // holds its subject at fault, whatever the cue
        return Optional.of(new Target(judged.text(), judged.actor(), judged.span(), judged.head(), judged.rule() + ">" + FAULTED));
      }
      return Optional.of(judged);
    }
    if (v >= t.size()) {
      return Optional.empty();
    }
    if (copular(t, verb, v)) {
      int after = BE.contains(t.lemma(v)) || BE.contains(t.lower(v)) ? v + 1 : v;
      while (after < t.size() && t.at(after).pos().startsWith("RB")) {
        after++;
      }
      return predicate(c, after, prefix, depth);
    }
    if (t.at(v).isVerb()) {
      return objectOf(c, v, prefix(prefix, OBJECT), depth);
    }
    return Optional.empty();
  }

  /** The complement of a clause's main verb: a clause ("believe the draft reflects ...") or its object. */
  private static Optional<Target> objectOf(TargetContext c, int v, String rule, int depth) {
    ContentTokens t = c.tokens();
    if (t.isWord(v + 1, "that")) {
      Optional<Target> inner = clauseAt(c, v + 2, rule, depth + 1);
      if (inner.isPresent()) {
        return inner;
      }
    }
    if (v + 1 < t.size() && t.chunk(v + 1) != null && verbRightAfterChunk(t, v + 1)) {
      Optional<Target> inner = clauseAt(c, v + 1, rule, depth + 1);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return TargetFinder.verbComplement(c, v, rule, depth + 1);
  }

  /** Past auxiliaries, modals and adverbs from the finite verb to the main verb or the copula's complement. */
  private static int mainVerb(ContentTokens t, int verb) {
    int v = verb;
    while (v + 1 < t.size() && (t.isFiniteVerb(v) && isAuxiliary(t, v) || t.at(v).pos().startsWith("RB") || t.at(v).pos().equals("VB") && isAuxiliary(t, v))) {
      v++;
    }
    while (v < t.size() && t.at(v).pos().startsWith("RB")) {
      v++;
    }
    return v;
  }

  /** Whether the subject names an actor (a state, a body, a person), as its head. */
  private static boolean actorSubject(TargetContext c, Phrase sp) {
    return c.actorCovering(sp.head(), sp.head()).isPresent();
  }

  /** A modal, or "ready/prepared/willing/determined to": what the subject will or would do. */
  private static boolean intention(ContentTokens t, int verb, int v) {
    if (t.at(verb).pos().equals("MD") && !(v < t.size() && (BE.contains(t.lemma(v)) || t.at(v).pos().equals("VBN")))) {
      return true;
    }
    int k = v < t.size() && BE.contains(t.lemma(v)) ? v + 1 : v;
    while (k < t.size() && t.at(k).pos().startsWith("RB")) {
      k++;
    }
    return t.isWord(k, "ready", "prepared", "willing", "determined", "committed", "eager", "keen") && t.isWord(k + 1, "to");
  }

  static boolean copular(ContentTokens t, int verb, int v) {
    for (int i = verb; i <= Math.min(v, t.size() - 1); i++) {
      if (BE.contains(t.lower(i)) || BE.contains(t.lemma(i))) {
        return v >= t.size() || !t.at(v).isVerb() || BE.contains(t.lemma(v));
      }
    }
    return false;
  }

  private static boolean passive(ContentTokens t, int verb, int v) {
    return v < t.size() && t.at(v).pos().equals("VBN") && v > verb && (t.lemma(v - 1).equals("be") || t.lemma(v - 1).equals("get")
        || BE.contains(t.lower(v - 1)));
  }




  /** Whether a relative pronoun introduces the verb: "the launches, which threaten", "those who". */
  private static boolean relativeBefore(ContentTokens t, int start, int verb) {
    for (int i = start + 1; i < verb; i++) {
      if (t.isWord(i, "which", "who", "whom", "whose") || t.isWord(i, "that") && t.at(i - 1).isNoun()) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbRightAfterChunk(ContentTokens t, int start) {
    Phrase p = t.extend(t.chunk(start));
    int j = p.last() + 1;
    return j < t.size() && t.isFiniteVerb(j);
  }

  /** After "is"/"remains": a noun phrase, an adjective with its complement, or a clause. */
  private static Optional<Target> predicate(TargetContext c, int at, String prefix, int depth) {
    ContentTokens t = c.tokens();
    Phrase p = t.chunk(at);
    if (p != null && t.at(p.head()).isNoun()) {
      return Optional.of(c.resolve(t.extend(p), prefix(prefix, PREDICATE), depth + 1));
    }
    int k = p != null ? p.last() + 1 // past the adjective: "critical", "committed", "ready"
        : at < t.size() && (t.at(at).pos().startsWith("JJ") || t.at(at).isVerb()) ? at + 1 : at; // "concerned about", "engaged with"
    if (t.isWord(k, "to") && t.isVerbForm(k + 1)) {
      return TargetFinder.verbComplement(c, k + 1, prefix(prefix, PREDICATE), depth + 1);
    }
    if (t.isWord(k, "that")) {
      return clauseAt(c, k + 1, prefix(prefix, PREDICATE), depth + 1);
    }
    if (k < t.size() && (t.at(k).pos().equals("IN") || t.at(k).pos().equals("TO"))) {
      Phrase o = t.chunk(k + 1);
      if (o != null) {
        return Optional.of(c.resolve(t.extend(o), prefix(prefix, PREDICATE), depth + 1));
      }
    }
    return Optional.empty();
  }

  private static boolean isAuxiliary(ContentTokens t, int i) {
    String l = t.lemma(i);
    return t.at(i).pos().equals("MD") || l.equals("have") || l.equals("do") || l.equals("be") && i + 1 < t.size() && (t.at(i + 1).isVerb() || t.at(i + 1).pos().startsWith("RB"));
  }

  /** The start of the subject chunk of the finite verb at {@code verb}, searched back to {@code from}. */
  private static int subjectBefore(TargetContext c, int from, int verb) {
    ContentTokens t = c.tokens();
    // the parse's subject when it lies inside the content
    Token v = t.at(verb);
    int base = t.at(0).index();
    for (Token ch : c.sentence().children(v.relation().equals("aux") || v.relation().equals("cop") ? Math.max(v.head(), 0) : v.index())) {
      if (ch.relation().startsWith("nsubj") || ch.relation().equals("expl")) {
        int k = ch.index() - base;
        if (k >= from && k < verb) {
          return chunkStart(t, from, k);
        }
      }
    }
    int k = verb - 1;
    while (k >= from && (t.at(k).pos().startsWith("RB") || t.at(k).text().equals(","))) {
      k--;
    }
    if (k < from) {
      return -1;
    }
    boolean demonstrative = t.at(k).pos().equals("DT") && EMPTY_SUBJECTS.contains(t.lower(k)) && k + 1 == verb;
    if (!(demonstrative || t.at(k).isNoun() || t.at(k).pos().equals("PRP") || t.at(k).pos().equals("CD") || t.at(k).pos().startsWith("JJ") || t.at(k).text().equals(")"))) {
      return -1;
    }
    return chunkStart(t, from, k);
  }

  /** Back from a subject's head to the start of its chunk (and of a coordination of chunks). */
  private static int chunkStart(ContentTokens t, int from, int head) {
    int s = head;
    while (s - 1 >= from) {
      Token p = t.at(s - 1);
      boolean nominal = p.isNoun() || p.pos().startsWith("JJ") || p.pos().equals("DT") || p.pos().equals("PRP$")
          || p.pos().equals("POS") || p.pos().equals("CD") || p.pos().equals("HYPH") || p.pos().equals("PDT")
          || (p.pos().equals("CC") || p.text().equals(",")) && s - 2 >= from
              && (t.at(s - 2).isNoun() || t.at(s - 2).text().equals(",") || t.at(s - 2).pos().equals("PRP") // "they and their teams"
                  || t.at(s - 2).pos().startsWith("JJ") && t.at(s).pos().startsWith("JJ") || t.at(s - 2).pos().startsWith("RB") && t.at(s).pos().startsWith("JJ"))
          || p.pos().startsWith("RB") && s - 2 >= from && t.at(s - 2).pos().equals("DT") && t.at(s).pos().startsWith("JJ") // "a just and lasting peace"
          || p.text().equals(")") || p.text().equals("(") // "the Security Council (UNSC) resolutions"
          || p.pos().equals("PRP") && s < head && t.isWord(s, "and", "or")
          || p.pos().equals("VBN") || p.pos().equals("VBG") && (s - 2 < from || !t.at(s - 2).isVerb()) // "deepening cooperation"
          || p.pos().equals("IN") && (p.text().equalsIgnoreCase("of") || p.text().equalsIgnoreCase("on") || p.text().equalsIgnoreCase("in"))
              && s - 2 >= from && t.at(s - 2).isNoun();
      if (!nominal) {
        break;
      }
      s--;
    }
    while (s < head && (t.at(s).text().equals(",") || t.at(s).pos().equals("CC") || t.at(s).pos().equals("IN"))) {
      s++;
    }
    return s;
  }

  private static boolean emptySubject(TargetContext c, Phrase sp) {
    ContentTokens t = c.tokens();
    if (sp.first() == sp.head() && EMPTY_SUBJECTS.contains(t.lower(sp.head()))) {
      return true;
    }
    if (t.at(sp.head()).pos().equals("PRP")) {
      return true;
    }
    String head = t.lemma(sp.head());
    if ((head.equals("administration") || head.equals("government")) && Character.isUpperCase(t.at(sp.head()).text().charAt(0))
        && (t.isWord(sp.first(), "the") || t.at(sp.first()).pos().equals("PRP$")) && sp.first() + 1 == sp.head()) {
      return true; // "the Administration", "his Government": the speaker's own
    }
    if (t.at(sp.first()).pos().equals("PRP$") && sp.possessorEnd() == sp.first()) {
      return true; // "her Government", "our country", "their law enforcement agencies"
    }
    int of = sp.last() + 1;
    if (t.isWord(of, "of") && of + 2 < t.size() && t.isWord(of + 1, "the", "both") && t.isWord(of + 2, "two", "three", "both")
        || t.isWord(of, "of") && t.isWord(of + 1, "both")) {
      return true; // "the law enforcement agencies of the two countries"
    }
    if ((t.at(sp.first()).pos().equals("CD") || t.isWord(sp.first(), "both", "all") || t.isWord(sp.first() + 1, "two", "three", "both"))
        && PARTICIPANT_NOUNS.contains(head)) {
      return true; // "the two countries", "both sides": the participants, the speakers among them
    }
    if (t.at(sp.head()).isNoun() && !t.at(sp.head()).isProperNoun() && sp.first() < sp.head() && c.isOwnNationality(sp.head() - 1)) {
      return true; // "Canadian companies have invested ..." when Canada speaks: what its own side does
    }
    return c.actorCovering(sp.head(), sp.head()).map(c::isOwnSide).orElse(false);
  }

  private static String prefix(String prefix, String rule) {
    return prefix.isEmpty() ? rule : prefix + ">" + rule;
  }
}
