package dev.readout.attribution;

import dev.readout.actors.ActorTable;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the speaker rules share for one document: the document, its actors (the table adds a speaker met first as a
 * subject), the cues of the sentence at hand, and the lookups from a subject word to the actors it mentions.
 * Never shared between documents.
 */
final class Attribution {
  private static final Set<String> NON_ACTOR_SUBJECTS = Set.of("it", "this", "that", "there", "which", "these", "those");
  private static final int MAX_DEPTH = 6;
  /** What is exchanged with a partner, whose "with" names the partner and not the topic: "exchanged views with Y". */
  private static final Set<String> EXCHANGED = Set.of("view", "views", "opinion", "idea", "note", "thought", "perspective", "assessment");

  final AnalyzedDocument doc;
  final Lexicon lexicon;
  final ActorTable actors;
  private final SpeakerRule[] rules;
  /** The cues of the sentence being read. */
  List<CueMatch> cues = List.of();

  Attribution(AnalyzedDocument doc, Lexicon lexicon, List<SpeakerRule> rules) {
    this.doc = doc;
    this.lexicon = lexicon;
    this.actors = ActorTable.of(doc.actors());
    this.rules = rules.toArray(SpeakerRule[]::new); // tried at every cue and every word a rule climbs to
  }

  /** The speaker of the word at {@code head} by the first rule that applies; null when none finds one. */
  Speaker speaker(Sentence s, int head, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    for (SpeakerRule r : rules) {
      SpeakerRule.Verdict v = r.apply(this, s, head, depth);
      if (v.applies()) {
        return v.speaker();
      }
    }
    return null;
  }

  boolean isCue(int token) {
    return cues.stream().anyMatch(c -> c.head() == token);
  }

  /** "X met with Y to discuss": Y speaks too, and so does whoever X convened. */
  Speaker withMeetingPartners(Sentence s, int verb, Speaker host) {
    return lexicon.isMeetingVerb(s.token(verb).lemma()) ? withPartners(s, verb, host, true) : host;
  }

  /** The host and whom the verb's "with" phrase names, and with {@code objects} its object's ("met Y"). */
  Speaker withPartners(Sentence s, int verb, Speaker host, boolean objects) {
    Refs ids = new Refs();
    ids.addAll(host.refs());
    List<Token> phrases = new ArrayList<>();
    boolean spokeTo = s.token(verb).lemma().equalsIgnoreCase("speak") || s.token(verb).lemma().equalsIgnoreCase("talk");
    for (Token c : s.children(verb)) {
      boolean to = spokeTo && c.relation().startsWith("obl") && dev.readout.model.Dependencies.hasCase(s, c.index(), "to"); // "spoke to Y"
      if (isWith(s, c) || to || objects && c.relation().equals("obj")) {
        phrases.add(c);
      }
      if (c.relation().equals("obj") && (objects || EXCHANGED.contains(c.lemma().toLowerCase(java.util.Locale.ROOT)))) {
        // "held talks with Y", "exchanged views with Y"
        s.children(c.index()).stream().filter(w -> isWith(s, w)).forEach(phrases::add);
      }
    }
    for (Token c : phrases) {
      int last = c.index();
      while (last + 1 < s.tokens().size() && s.dominates(c.index(), last + 1)) {
        last++;
      }
      for (ActorMention m : doc.mentions()) {
        if (m.sentence() != s.index()) {
          continue;
        }
        boolean place = c.relation().equals("obj") && allOfKind(m.actors(), ActorKind.GPE);
        if (s.dominates(c.index(), m.head()) && isPartnerHead(s, c.index(), m.head()) && !place) { // "held a roundtable in Los Angeles, California
          ids.addAll(m);
        } else if (m.kind() == ActorMention.MentionKind.NAME && last + 1 < s.tokens().size() && m.begin() == s.token(last + 1).begin()
            && allOfKind(m.actors(), ActorKind.PERSON)) {
          ids.addAll(m); // "with Minister of Foreign Affairs of Canada Mélanie Joly", the name cut off by the parser
        }
      }
    }
    return ids.size() == host.refs().size() ? host : host.withPartners(ids);
  }

  /** "with Y" hanging on a verb or noun. */
  private static boolean isWith(Sentence s, Token c) {
    return (c.relation().startsWith("obl") || c.relation().startsWith("nmod")) && dev.readout.model.Dependencies.hasCase(s, c.index(), "with");
  }

  /** The partner phrase's own head or its conjuncts, not a place or organisation modifying it. */
  private static boolean isPartnerHead(Sentence s, int phrase, int head) {
    int h = head;
    while (h != phrase) {
      String rel = s.token(h).relation();
      if (!rel.equals("conj") && !rel.equals("appos")) {
        return false;
      }
      h = s.token(h).head();
    }
    return true;
  }

  boolean allOfKind(List<String> ids, ActorKind kind) {
    return ids.stream().allMatch(a -> doc.actor(a).map(x -> x.kind() == kind).orElse(false));
  }

  /** The actors a subject refers to: its mentions, those of its conjuncts, a relative pronoun's noun. */
  Refs actorsFor(Sentence s, int tokenIdx) {
    Refs coordinated = coordinatedPhrase(s, tokenIdx);
    if (coordinated != null) {
      return coordinated;
    }
    ActorMention apposed = apposedPerson(s, tokenIdx);
    if (apposed != null) {
      Refs ids = new Refs();
      ids.addAll(apposed);
      return ids;
    }
    Refs ids = new Refs();
    List<Integer> heads = new ArrayList<>();
    heads.add(tokenIdx);
    for (int i = 0; i < heads.size(); i++) {
      for (Token t : s.children(heads.get(i))) {
        if (t.relation().equals("conj")) {
          heads.add(t.index());
        }
      }
    }
    for (int h : heads) {
      Token t = s.token(h);
      if ((t.pos().equals("WP") || t.pos().equals("WDT")) && t.head() >= 0) {
        int noun = s.token(t.head()).head();
        if (noun >= 0) {
          ids.addAll(actorsFor(s, noun));
        }
        continue;
      }
      ActorMention m = mentionAt(s, t);
      if (m != null && !m.actors().isEmpty()) {
        ids.addAll(m);
      } else {
        newActorFor(s, t, ids);
      }
    }
    return ids;
  }

  /** "the WHO Representative in Sudan, Dr Shible Sahbani, said": the person named in apposition to a subject that is not one. */
  private ActorMention apposedPerson(Sentence s, int subject) {
    if (isPerson(mentionAt(s, s.token(subject)))) {
      return null;
    }
    for (Token c : s.children(subject)) {
      if (c.relation().equals("appos")) {
        ActorMention m = mentionAt(s, c);
        if (isPerson(m)) {
          return m;
        }
      }
    }
    return null;
  }

  private boolean isPerson(ActorMention m) {
    return m != null && !m.actors().isEmpty() && allOfKind(m.actors(), ActorKind.PERSON);
  }

  /**
   * "The Secretary and Foreign Minister Fidan": when the subject phrase joins words with "and", every
   * actor mentioned in it as a head, conjunct or compound (not "of Japan", not "his") speaks.
   */
  private Refs coordinatedPhrase(Sentence s, int subject) {
    // an "and" inside a name ("Cybersecurity and Infrastructure Security Agency") joins no speakers
    boolean hasAnd = s.tokens().stream().anyMatch(t -> t.relation().equals("cc") && s.dominates(subject, t.index())
        && doc.entities().stream().noneMatch(e -> e.begin() <= t.begin() && t.end() <= e.end()));
    if (!hasAnd) {
      return null;
    }
    Refs ids = new Refs();
    for (ActorMention m : doc.mentions()) {
      if (m.sentence() != s.index() || !s.dominates(subject, m.head())) {
        continue;
      }
      String rel = s.token(m.head()).relation();
      if (m.head() == subject || rel.equals("conj") || rel.equals("compound")) {
        ids.addAll(m);
      }
    }
    return ids.size() > 1 ? ids : null;
  }

  /** The mention headed at the token, else the first mention covering it; null when none. */
  private ActorMention mentionAt(Sentence s, Token t) {
    ActorMention best = null;
    for (ActorMention m : doc.mentions()) {
      if (m.sentence() != s.index()) {
        continue;
      }
      if (m.head() == t.index()) {
        return m;
      }
      if (m.begin() <= t.begin() && t.end() <= m.end() && best == null) {
        best = m;
      }
    }
    // "Japan's Foreign Minister": the possessor is not the subject, but a modifier that names an actor
    // without being one ("the Japanese side") falls through to the new-actor rule
    return best;
  }

  /** A subject naming no known actor ("Allies", "The participants"): an actor of its words, new unless so named. */
  private void newActorFor(Sentence s, Token t, Refs into) {
    String w = t.text().toLowerCase(Locale.ROOT);
    boolean proper = t.isProperNoun() || t.pos().equals("NNS");
    if (!proper || NON_ACTOR_SUBJECTS.contains(w) || lexicon.isNonAgent(t.lemma())) {
      return;
    }
    int first = t.index();
    for (Token c : s.children(t.index())) {
      if (c.index() < first && (c.relation().equals("compound") || c.relation().equals("amod") || c.relation().equals("nummod"))) {
        first = Math.min(first, c.index());
      }
    }
    String name = new Span(s.token(first).begin(), t.end()).of(doc.text());
    String id = actors.speakerNamed(name, t.pos().endsWith("S") ? ActorKind.GROUP : ActorKind.ORGANIZATION);
    into.add(id, Rule.SUBJECT_NOUN.id());
  }
}
