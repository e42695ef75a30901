package dev.readout.stance;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the target frames read for one statement: its content's tokens, the actors mentioned in them, and the
 * speaker's side (the speakers, the states and bodies they speak for, and the issuer), which is never the target
 * unless nothing else is; and the one resolution every frame ends in. One per statement; not shared.
 */
final class TargetContext {
  private static final Set<String> SEE_THROUGH_PREPS = Set.of(
      "of", "for", "to", "on", "about", "over", "with", "regarding", "concerning", "at", "in", "toward", "towards",
      "around", "behind");
  /** The people, government or citizens of a state are that state's: "support for the people of Ukraine". */
  private static final Set<String> PEOPLE_OF = Set.of("people", "person", "population", "citizen", "government", "nation", "authority");
  /** Places too vague to be what a topic is about: "the situation in the region". */
  private static final Set<String> GENERIC_PLACES = Set.of("region", "world", "area", "ground", "field", "country", "continent");
  /** People an agent holds or harms, who are not its act: "hostages held by Hamas", "civilians detained by X". */
  private static final Set<String> HELD = Set.of(
      "hostage", "prisoner", "detainee", "captive", "civilian", "person", "people", "citizen", "national", "child", "journalist");
  /** The other party to a meeting, as the speaker's: "his guest", "her host". */
  private static final Set<String> GUESTS = Set.of("guest", "host", "visitor", "counterpart");
  private static final Set<String> TOPIC_PREPS = Set.of(
      "on", "in", "regarding", "about", "concerning", "around", "throughout", "across", "within");
  /** Attitude nouns whose "that" clause is what is wanted, whoever its subject: "the hope that X will Y". */
  private static final Set<String> WANTING = Set.of(
      "hope", "wish", "expectation", "desire", "intention", "willingness", "readiness", "call", "appeal", "aspiration");
  private final Statement statement;
  private final AnalyzedDocument doc;
  private final Sentence sentence;
  private final ContentTokens tokens;
  private final TargetLexicon words;
  private final Set<String> ownSide;
  private final List<ActorMention> mentions;

  TargetContext(Statement statement, AnalyzedDocument doc, Sentence sentence, ContentTokens tokens, TargetLexicon words) {
    this(statement, doc, sentence, tokens, words, SpeakerSide.of(statement, doc, words), statement.content().span());
  }

  private TargetContext(Statement statement, AnalyzedDocument doc, Sentence sentence, ContentTokens tokens, TargetLexicon words,
      Set<String> ownSide, Span region) {
    this.statement = statement;
    this.doc = doc;
    this.sentence = sentence;
    this.tokens = tokens;
    this.words = words;
    this.ownSide = ownSide;
    this.mentions = doc.mentions().stream().filter(m -> m.sentence() == statement.sentence() && region.contains(m.span())).toList();
  }

  /**
   * The same statement read over other words of its sentence (the noun a relative clause hangs on, outside the
   * content): the speaker's side and the lexicon stay.
   */
  TargetContext over(List<Token> other) {
    ContentTokens t = new ContentTokens(other);
    return new TargetContext(statement, doc, sentence, t, words, ownSide, t.span(0, t.size() - 1));
  }

  Statement statement() {
    return statement;
  }

  AnalyzedDocument document() {
    return doc;
  }

  Sentence sentence() {
    return sentence;
  }

  ContentTokens tokens() {
    return tokens;
  }

  TargetLexicon words() {
    return words;
  }

  /** Whether the actor is a speaker, one the speakers speak for, or the issuer. */
  boolean isOwnSide(String actorId) {
    return ownSide.contains(actorId);
  }

  /**
   * Whether token {@code i} is a nationality adjective of the speaker's side ("Canadian companies" when Canada's
   * Prime Minister speaks): the state it names is one of the side's actors.
   */
  boolean isOwnNationality(int i) {
    Span at = tokens.span(i, i);
    for (dev.readout.model.EntityMention e : doc.entities()) {
      if (e.type() == dev.readout.model.EntityType.NATIONALITY && e.canonical() != null && e.begin() <= at.begin() && at.end() <= e.end()) {
        return doc.actors().stream().anyMatch(a -> isOwnSide(a.id()) && (a.name().equals(e.canonical()) || a.aliases().contains(e.canonical())));
      }
    }
    return false;
  }

  /**
   * A topic that only points back ("these and other issues", "such matters", "all issues"): "remain in close contact
   * on these issues" is about the contact.
   */
  private boolean anaphoricTopic(Phrase inner) {
    if (!tokens.isWord(inner.first(), "this", "these", "those", "that", "such", "other", "all", "various", "several")) {
      return false;
    }
    for (int i = inner.first() + 1; i < tokens.size() && i <= inner.first() + 4; i++) { // "these and other issues"
      if (tokens.at(i).isNoun()) {
        return ANAPHORIC_TOPICS.contains(tokens.lemma(i));
      }
    }
    return true; // "on this", "on these"
  }

  private static final Set<String> ANAPHORIC_TOPICS = Set.of("issue", "matter", "question", "topic", "subject", "area", "development", "concern");

  /** The one actor a mention covering exactly or containing tokens [first, last] refers to, if any. */
  Optional<String> actorCovering(int first, int last) {
    Span sp = tokens.span(first, last);
    for (ActorMention m : mentions) {
      if (m.span().contains(sp) && m.actors().size() == 1) {
        return Optional.of(m.actors().get(0));
      }
    }
    return Optional.empty();
  }

  /** The actors mentioned inside tokens [first, last]. */
  List<String> actorsWithin(int first, int last) {
    Span sp = tokens.span(first, last);
    Set<String> out = new LinkedHashSet<>();
    for (ActorMention m : mentions) {
      if (sp.contains(m.span())) {
        out.addAll(m.actors());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The phrase resolved to its target: a light or attitude noun gives way to its complement, a recipient noun to
   * whom it is for, then the phrase is built (an actor target when it names an actor or an act of one).
   */
  private dev.readout.lexicon.Lexicon lexicon() {
    return words.lexicon();
  }

  Target resolve(Phrase p, String rule, int depth) {
    int h = p.head();
    if (depth <= 6 && words.isSeeThroughNoun(tokens.lemma(h)) && !namesOtherActor(h) && !heldByOtherActor(p, depth)) {
      int after = p.coreEnd() + 1;
      if ((words.is(WordClass.ATTITUDE, tokens.lemma(h)) || lexicon().isLightNoun(tokens.lemma(h))) && tokens.isWord(after, "of", "by")
          && after + 1 < tokens.size()) {
        // "the commitment of the United States to X", "the call by the Secretary-General for X": past the holder
        Phrase holder = tokens.chunk(after + 1);
        boolean governmentOf = holder != null && PEOPLE_OF.contains(tokens.lemma(holder.head())) && tokens.isWord(holder.last() + 1, "of");
        if (holder != null && (actorCovering(holder.head(), holder.head()).isPresent() || tokens.at(holder.head()).isProperNoun() || governmentOf)) {
          if (governmentOf && tokens.chunk(holder.last() + 2) != null) {
            holder = new Phrase(holder.first(), tokens.chunk(holder.last() + 2).last(), holder.head(), holder.coreEnd(), holder.possessorEnd());
          }
          boolean appraised = sentence.tokenAt(statement.cue().begin()).map(cue -> words.is(WordClass.APPRAISE_CUE, cue.lemma())).orElse(false);
          String holderActor = actorCovering(holder.head(), holder.last()).orElse(actorsWithin(holder.first(), holder.last()).stream()
              .filter(a -> !isOwnSide(a)).findFirst().orElse(null));
          if (appraised && holderActor != null && !isOwnSide(holderActor)) {
            // "welcomed the commitment by the Myanmar authorities to ...": the holder's act, which the speaker appraises
            Phrase act = new Phrase(p.first(), holder.last(), p.head(), p.coreEnd(), p.possessorEnd());
            Target t = build(act, rule + ">act");
            return new Target(t.text(), holderActor, t.span(), t.head(), t.rule());
          }
          int next = holder.last() + 1;
          while (tokens.isWord(next, "of", "for") && tokens.chunk(next + 1) != null && tokens.at(tokens.chunk(next + 1).head()).isProperNoun()) {
            next = tokens.chunk(next + 1).last() + 1; // "the UN High Commissioner for Human Rights"
          }
          while (tokens.isWord(next, "and", ",") && tokens.chunk(next + 1) != null
              && actorCovering(tokens.chunk(next + 1).head(), tokens.chunk(next + 1).head()).isPresent()) {
            next = tokens.chunk(next + 1).last() + 1; // "of the United States and our European Allies"
          }
          if (tokens.at(next < tokens.size() ? next : holder.last()).text().equals(",")) {
            while (next < tokens.size() && !tokens.at(next).text().equals(",") || next == holder.last() + 1) {
              next++; // ", Volker Türk," in apposition
            }
            next++;
          }
          boolean attitude = words.is(WordClass.ATTITUDE, tokens.lemma(h));
          // a light noun's holder only before what it does: "the efforts of the EAC to bring about X" (but "the role of NATO")
          if (attitude && (tokens.isPrep(next, SEE_THROUGH_PREPS) || tokens.isWord(next, "that"))
              || tokens.isWord(next, "to") && tokens.isVerbForm(next + 1)) {
            after = next; // "the determination of the African Union to accompany ..."
          }
        }
      }
      if (tokens.isWord(after, "that")) {
        // "the hope that the parties will reach a settlement", "its position that sanctions worsen ...", "the fact that"
        boolean wanted = WANTING.contains(tokens.lemma(h));
        Optional<Target> inner = ClauseFrame.clauseAt(this, after + 1, rule + ">see-through", depth + 1, wanted);
        if (inner.isPresent()) {
          return inner.get();
        }
      }
      if (words.is(WordClass.RECIPIENT, tokens.lemma(h)) && tokens.isWord(after, "for")) {
        Phrase whose = tokens.chunk(after + 1); // "gratitude for the participants' central role in X": the participants
        if (whose != null && whose.hasPossessor() && !tokens.at(whose.first()).pos().equals("PRP$")) {
          Phrase holder = new Phrase(whose.first(), whose.possessorEnd() - 1, whose.possessorEnd() - 1, whose.possessorEnd() - 1, whose.first() - 1);
          return build(holder, rule + ">recipient");
        }
      }
      if (words.is(WordClass.RECIPIENT, tokens.lemma(h)) && !tokens.isWord(after, "for", "on", "over", "at")) {
        for (int k = after; k < Math.min(tokens.size(), after + 10); k++) {
          if (tokens.isWord(k, "to", "with") && !tokens.isVerbForm(k + 1)) {
            Phrase r = tokens.chunk(k + 1);
            if (r != null) {
              return resolve(tokens.extend(r), rule + ">recipient", depth + 1);
            }
          }
          if (tokens.at(k).pos().equals(",") || tokens.isFiniteVerb(k)) {
            break;
          }
        }
      }
      if (tokens.isPrep(after, SEE_THROUGH_PREPS) || tokens.isWord(after, "to")) {
        if (tokens.isWord(after, "to") && tokens.isVerbForm(after + 1) || after + 1 < tokens.size() && tokens.at(after + 1).pos().equals("VBG")) {
          Optional<Target> v = TargetFinder.verbComplement(this, after + 1, rule + ">see-through", depth + 1);
          if (v.isPresent()) {
            return v.get();
          }
        }
        Phrase inner = tokens.chunk(after + 1);
        if (inner != null && !namesOwnSide(inner) && !sharedInterest(inner)) {
          return resolve(tokens.extend(inner), rule + ">see-through", depth + 1);
        }
      }
    }
    if (GUESTS.contains(tokens.lower(h)) && tokens.at(p.first()).pos().equals("PRP$") && actorCovering(h, h).isEmpty()) {
      Optional<String> other = otherParticipant();
      if (other.isPresent()) {
        return actorTarget(other.get(), p, rule + ">guest"); // "welcomed his guest": the other party to the meeting
      }
    }
    if (depth <= 6 && words.is(WordClass.TOPIC_NOUN, tokens.lemma(h)) && !heldByOtherActor(p, depth) && !classified(p)
        && !tokens.at(h).isProperNoun()) { // but "the ASEAN Outlook on the Indo-Pacific" is a name
      int after = p.coreEnd() + 1;
      if (tokens.isWord(after, "to") && tokens.isVerbForm(after + 1)) {
        Optional<Target> v = TargetFinder.verbComplement(this, after + 1, rule + ">topic", depth + 1);
        if (v.isPresent()) {
          return v.get(); // "opportunities to expand trade", "our work to strengthen NATO"
        }
      }
      if (tokens.isPrep(after, TOPIC_PREPS)) {
        Phrase inner = tokens.chunk(after + 1);
        if (inner != null && !GENERIC_PLACES.contains(tokens.lemma(inner.head())) && !anaphoricTopic(inner)) {
          return resolve(tokens.extend(inner), rule + ">topic", depth + 1); // "the situation in Afghanistan"
        }
      }
    }
    boolean vague = words.is(WordClass.VAGUE_NOUN, tokens.lemma(h)) || words.is(WordClass.VAGUE_NOUN, tokens.lower(h))
        || lexicon().isLightNoun(tokens.lemma(h)) && tokens.isWord(p.coreEnd() + 1, "that", "which");
    if (vague && depth <= 6) {
      int k = p.coreEnd() + 1; // "some additional steps we are taking to advance X": past a clause with no "that"
      if (k + 1 < tokens.size() && tokens.at(k).pos().equals("PRP") && tokens.at(k + 1).isVerb()) {
        int j = k + 1;
        while (j < tokens.size() && (tokens.at(j).isVerb() || tokens.at(j).pos().startsWith("RB"))) {
          j++;
        }
        if (tokens.isWord(j, "to") && tokens.isVerbForm(j + 1)) {
          Optional<Target> v = TargetFinder.verbComplement(this, j + 1, rule + ">see-through", depth + 1);
          if (v.isPresent()) {
            return v.get();
          }
        }
      }
    }
    if (vague && depth <= 6 && tokens.isWord(p.coreEnd() + 1, "to") && tokens.isVerbForm(p.coreEnd() + 2)) {
      // "any attempt to displace civilians", "steps to improve the lives of Palestinians": the noun with its clause,
      // no one's act (the civilians are not the target); its head is the clause's
      Phrase whole = tokens.extendClause(p);
      Span sp = tokens.span(whole.first(), whole.last());
      String head = whole.last() >= p.coreEnd() + 2 ? phraseTarget(p.coreEnd() + 2, whole.last(), rule).head() : null;
      head = head == null ? head(p) : head;
      return new Target(sp.of(doc.text()), null, sp, head, rule + ">with-clause");
    }
    if (vague) {
      return build(tokens.extendClause(p), rule + ">with-clause");
    }
    return build(p, rule);
  }

  /**
   * "expressed appreciation for the UAE's support for Jordan", "welcomed Israel's calls for calm": an attitude that
   * another named actor holds, reached from the speaker's appraisal, is that actor's act, not the speaker's; but
   * "reiterated the United States' commitment to X" and "discussed the President's commitment to X" are about X.
   */
  private boolean heldByOtherActor(Phrase p, int depth) {
    if (!p.hasPossessor() || tokens.at(p.first()).pos().equals("PRP$") || single(actorsWithin(p.first(), p.possessorEnd())) == null) {
      return false;
    }
    return depth > 0 || sentence.tokenAt(statement.cue().begin()).map(cue -> words.is(WordClass.APPRAISE_CUE, cue.lemma())).orElse(false);
  }

  /**
   * "the humanitarian situation in Gaza", "economic developments in the region": a topic noun that an adjective
   * says the kind of is what it is about, not the place.
   */
  private boolean classified(Phrase p) {
    for (int i = Math.max(p.first(), p.possessorEnd() + 1); i < p.head(); i++) {
      Token t = tokens.at(i);
      if (t.pos().startsWith("JJ") && !words.isVagueAdjective(t.lemma().toLowerCase(Locale.ROOT)) && !words.isVagueAdjective(t.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The other party to a meeting, for "his guest", "her host": the nearest person named before the cue who is not on
   * the speaker's side.
   */
  private Optional<String> otherParticipant() {
    int cue = statement.cue().begin();
    return doc.mentions().stream()
        .filter(m -> m.span().begin() < cue && m.actors().size() == 1)
        .sorted((a, b) -> Integer.compare(b.span().begin(), a.span().begin()))
        .map(m -> m.actors().get(0))
        .filter(a -> !isOwnSide(a) && doc.actor(a).map(x -> x.kind() == ActorKind.PERSON).orElse(false))
        .findFirst();
  }

  /** "the interest of the United States": a complement that is only the speaker's side says nothing of what. */
  private boolean namesOwnSide(Phrase p) {
    return actorCovering(p.head(), p.head()).map(this::isOwnSide).orElse(false);
  }

  /** "issues of mutual interest", "matters of common concern": an idiom, not what the issues are about. */
  private boolean sharedInterest(Phrase p) {
    return tokens.isWord(p.head(), "interest", "concern", "importance", "significance") && (p.head() == p.first()
        || tokens.isWord(p.head() - 1, "mutual", "common", "shared", "joint", "bilateral", "great", "particular", "special"));
  }

  private boolean namesOtherActor(int head) {
    return actorCovering(head, head).filter(a -> !isOwnSide(a)).isPresent();
  }

  /** The target for phrase {@code p}: its words, and its actor when it names one or an act of one. */
  Target build(Phrase p, String rule) {
    String actor = actorCovering(p.head(), p.head()).filter(a -> !isOwnSide(a)).orElse(null);
    if (actor != null && tokens.at(p.head()).isProperNoun()) {
      return actorTarget(actor, p, rule); // "NATO in deterrence", "the ROK": the actor itself
    }
    if (actor == null && p.hasPossessor()) {
      actor = single(actorsWithin(p.first(), p.possessorEnd())); // "Russia's war", "its role" when "its" is Finland
    }
    if (actor == null && p.head() - 1 >= Math.max(p.first(), p.possessorEnd() + 1)) {
      actor = single(actorsWithin(Math.max(p.first(), p.possessorEnd() + 1), p.head() - 1));
    }
    if (actor == null && PEOPLE_OF.contains(tokens.lemma(p.head())) && tokens.isWord(p.coreEnd() + 1, "of")) {
      Phrase of = tokens.chunk(p.coreEnd() + 2); // "the people of Ukraine" are Ukraine's
      if (of != null) {
        actor = actorCovering(of.head(), of.head()).filter(a -> !isOwnSide(a)).orElse(null);
      }
    }
    int k = p.coreEnd() + 1; // right after the head: "the challenges posed by China", not "the release of hostages held by Hamas"
    if (actor == null && k + 1 <= p.last()) {
      if (tokens.at(k).pos().equals("VBN") && tokens.isWord(k + 1, "by") && tokens.chunk(k + 2) != null
          && !HELD.contains(tokens.lemma(p.head()))) { // but "hostages held by Hamas" are no act of Hamas
        Phrase agent = tokens.chunk(k + 2); // "the challenges posed by China", "the offensive launched by the M23"
        actor = actorCovering(agent.head(), agent.head()).filter(a -> !isOwnSide(a)).orElse(null);
      }
    }
    Span sp = tokens.span(p.first(), p.last());
    return new Target(sp.of(doc.text()), actor, sp, head(p), rule);
  }

  /** The actor itself as the target: its name, at the phrase's core chunk. */
  Target actorTarget(String actor, Phrase p, String rule) {
    String name = doc.actor(actor).map(Actor::name).orElse(tokens.span(p.first(), p.coreEnd()).of(doc.text()));
    return new Target(name, actor, tokens.span(p.first(), p.coreEnd()), name.toLowerCase(Locale.ROOT), rule);
  }

  /** A target over tokens [first, last] as they stand (a verb phrase). */
  Target phraseTarget(int first, int last, String rule) {
    Span sp = tokens.span(first, last);
    StringBuilder head = new StringBuilder();
    for (int i = first; i <= last; i++) {
      Token t = tokens.at(i);
      if (t.isNoun() || t.isVerb() || t.pos().startsWith("JJ") || tokens.isWord(i, "together", "closely")) {
        head.append(head.length() == 0 ? "" : " ").append(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return new Target(sp.of(doc.text()), null, sp, head.length() == 0 ? null : head.toString(), rule);
  }

  private String single(List<String> actors) {
    List<String> others = actors.stream().filter(a -> !isOwnSide(a)).distinct().toList();
    return others.size() == 1 ? others.get(0) : null;
  }

  /** The normalised head phrase: the core chunk's lemmas without determiners, possessors and vague adjectives. */
  private String head(Phrase p) {
    if (actorCovering(p.head(), p.head()).map(this::isOwnSide).orElse(false)) {
      return ""; // "the United States" from a U.S. speaker: the phrase names only the speaker's side
    }
    if (PEOPLE_OF.contains(tokens.lemma(p.head())) && tokens.isWord(p.coreEnd() + 1, "of") && tokens.chunk(p.coreEnd() + 2) != null
        && p.last() > p.coreEnd()) {
      return head(tokens.chunk(p.coreEnd() + 2)); // "the people of Texas" are about Texas
    }
    List<String> out = new ArrayList<>();
    for (int i = p.possessorEnd() + 1; i <= p.coreEnd(); i++) {
      Token t = tokens.at(i);
      String pos = t.pos();
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (pos.equals("DT") || pos.equals("PDT") || pos.equals("PRP$") || pos.equals("POS") || pos.equals("CD")
          || !Character.isLetterOrDigit(t.text().charAt(0)) || words.isVagueAdjective(lemma) || words.isVagueAdjective(t.text())
          || i < p.head() && actorCovering(i, i).map(this::isOwnSide).orElse(false)) {
        continue; // "the U.S. commitment" is a commitment: the speaker's side says nothing of what
      }
      out.add(lemma);
    }
    if (out.isEmpty()) {
      out.add(tokens.lemma(p.head()));
    }
    return String.join(" ", out);
  }
}
