package dev.readout.attribution;

import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.Lexicon.CueKind;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.Mode;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.TextSpan;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speaker attribution over the dependency parse, as ordered rules that each record their name: the
 * cue's subject is the speaker ({@code subject-of-cue}); a passive cue's agent ({@code passive-agent});
 * a coordinated cue shares its first conjunct's speaker ({@code coordinated-cue}); a participle or
 * infinitive cue shares its governor's ({@code participle-cue}); "according to X" ({@code according-to});
 * a noun modified by "by X" and a cue participle ({@code nested-by}). The content is the cue's clausal
 * complement or object; a quotation makes the statement DIRECT. Stateless and thread-safe.
 */
public final class RuleSpeakerAttributor implements SpeakerAttributor {
  private static final Set<String> CONTENT_SKIP = Set.of("conj", "cc", "punct", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop", "expl");
  private static final Set<String> NON_ACTOR_SUBJECTS = Set.of("it", "this", "that", "there", "which", "these", "those");

  private final Lexicon lexicon;
  private final CueFinder cues;

  public RuleSpeakerAttributor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.cues = new CueFinder(lexicon);
  }

  @Override
  public AnalyzedDocument attribute(AnalyzedDocument doc) {
    return new Run(doc).attribute();
  }

  /** A speaker and the rule that found it. */
  private record Speaker(List<String> actors, String rule) {}

  private final class Run {
    final AnalyzedDocument doc;
    final String text;
    final List<Actor> actors;
    final List<Statement> statements = new ArrayList<>();

    Run(AnalyzedDocument doc) {
      this.doc = doc;
      this.text = doc.text();
      this.actors = new ArrayList<>(doc.actors());
    }

    AnalyzedDocument attribute() {
      for (Sentence s : doc.sentences()) {
        if (s.heading() || s.tokens().isEmpty()) {
          continue;
        }
        List<CueMatch> found = cues.find(s);
        List<Span> quotes = quotes(s);
        List<Statement> here = new ArrayList<>();
        for (CueMatch c : found) {
          Statement st = c.entry().kind() == CueKind.NOUN ? according(s, c, found) : verbal(s, c, found, quotes);
          if (st != null) {
            here.add(st);
          }
        }
        for (Statement st : here) {
          if (!isReportedInside(s, st, here)) {
            statements.add(renumbered(st, statements.size() + 1));
          }
        }
      }
      return doc.withActors(actors, doc.entities(), doc.mentions()).withStatements(statements);
    }

    Statement verbal(Sentence s, CueMatch c, List<CueMatch> all, List<Span> quotes) {
      Speaker sp = c.entry().kind() == CueKind.ADJ ? experiencer(s, c.head(), all) : speaker(s, c.head(), all, 0);
      if (sp == null || sp.actors().isEmpty()) {
        return null;
      }
      Span content = content(s, c, all);
      Mode mode = Mode.INDIRECT;
      for (Span q : quotes) {
        Span inner = new Span(q.begin() + 1, Math.max(q.begin() + 1, q.end() - 1));
        if (content != null && inner.overlaps(content) && !q.contains(c.span(s)) && quotationHolds(inner, content)) {
          content = trim(inner);
          mode = Mode.DIRECT;
          break;
        }
      }
      if (content == null) {
        content = new Span(c.end(s), c.end(s));
      }
      return statement(s, c, sp, content, mode);
    }

    /**
     * "Xi Jinping said that China welcomes all efforts ...": a cue with its own subject inside another
     * statement's content is part of what is reported, not a statement of the text's own.
     */
    boolean isReportedInside(Sentence s, Statement st, List<Statement> here) {
      if (!"subject-of-cue".equals(st.rule())) {
        return false;
      }
      int cue = tokenAt(s, st.cue().begin());
      for (Statement other : here) {
        int head = tokenAt(s, other.cue().begin());
        if (other == st || head < 0 || cue < 0 || !other.content().span().contains(st.cue().span())) {
          continue;
        }
        // the cue hangs, through a clausal complement, under the other cue
        for (int up = cue, steps = 0; up >= 0 && steps <= s.tokens().size(); up = s.token(up).head(), steps++) {
          if (s.token(up).head() == head) {
            String rel = s.token(up).relation();
            if (rel.startsWith("ccomp") || rel.equals("parataxis")) {
              return true;
            }
            break;
          }
        }
      }
      return false;
    }

    int tokenAt(Sentence s, int begin) {
      return s.tokenAt(begin).map(Token::index).orElse(-1);
    }

    Statement renumbered(Statement s, int n) {
      return new Statement("s" + n, s.sentence(), s.speakers(), s.cue(), s.content(), s.mode(), s.stance(), s.confidence(),
          s.target(), s.section(), s.rule());
    }

    Statement statement(Sentence s, CueMatch c, Speaker sp, Span content, Mode mode) {
      Span cueSpan = c.span(s);
      String lemma = c.entry().phrase();
      return new Statement(
          "s" + (statements.size() + 1),
          s.index(),
          sp.actors(),
          new Cue(cueSpan.begin(), cueSpan.end(), cueSpan.of(text), lemma),
          TextSpan.of(text, content),
          mode,
          Stance.NEUTRAL,
          0.0,
          null,
          s.section(),
          sp.rule());
    }

    // ---- speakers

    Speaker speaker(Sentence s, int head, List<CueMatch> all, int depth) {
      if (depth > 6) {
        return null;
      }
      Token h = s.token(head);
      var subj = s.tokens().stream().filter(t -> t.head() == head && t.relation().equals("nsubj")).findFirst();
      if (subj.isPresent() && isInfinitiveWithoutFor(s, head)) {
        // "convened a call with A and B to discuss ...": the parser took B for the infinitive's subject;
        // without "for" the infinitive belongs to the verb above
        for (int up = h.head(), steps = 0; up >= 0 && steps <= s.tokens().size(); up = s.token(up).head(), steps++) {
          if (s.token(up).isVerb()) {
            Speaker host = inherit(speaker(s, up, all, depth + 1), "participle-cue");
            if (host == null || !lexicon.isMeetingVerb(s.token(up).lemma())) {
              return host;
            }
            // "spoke with [Y to discuss]": the supposed subject is the meeting partner
            Set<String> ids = new LinkedHashSet<>(withMeetingPartners(s, up, host).actors());
            ids.addAll(actorsFor(s, subj.get().index()));
            return ids.size() == host.actors().size() ? host : new Speaker(List.copyOf(ids), "meeting-partners");
          }
        }
      }
      if (subj.isPresent()) {
        List<String> ids = actorsFor(s, subj.get().index());
        if (ids.isEmpty()) {
          return null;
        }
        Speaker found = new Speaker(ids, depth == 0 ? "subject-of-cue" : null);
        // "We discussed with President Zelenskyy how to ...": whom a reciprocal cue is done with speaks too
        return lexicon.isSharedCue(h.lemma()) ? withPartners(s, head, found, false) : found;
      }
      if (s.child(head, "aux:pass").isPresent() || s.child(head, "nsubj:pass").isPresent()) {
        var agent = s.child(head, "obl:agent").or(() -> s.children(head).stream()
            .filter(c -> c.relation().equals("obl") && s.child(c.index(), "case").map(k -> k.lemma().equalsIgnoreCase("by")).orElse(false))
            .findFirst());
        if (agent.isPresent()) {
          List<String> ids = actorsFor(s, agent.get().index());
          return ids.isEmpty() ? null : new Speaker(ids, "passive-agent");
        }
        return null;
      }
      String rel = h.relation();
      int gov = h.head();
      if (gov < 0) {
        return null;
      }
      if (rel.equals("conj")) {
        // "X endorsed enhancing ..., and welcomed ...": the parser may hang the second cue on any word of
        // the first one's clause, so the speaker is that of the nearest verb above that has one
        for (int up = gov, steps = 0; up >= 0 && steps <= s.tokens().size(); up = s.token(up).head(), steps++) {
          if (isCue(all, up)) {
            Speaker found = speaker(s, up, all, depth + 1);
            if (found != null) {
              return inherit(found, "coordinated-cue"); // a cue above without a speaker is no coordinator
            }
          }
        }
        for (int up = gov, steps = 0; up >= 0 && steps <= s.tokens().size(); up = s.token(up).head(), steps++) {
          Token u = s.token(up);
          if (u.isVerb() || u.pos().startsWith("JJ")) {
            Speaker found = speaker(s, up, all, depth + 1);
            if (found != null) {
              // "X held a meeting with Y ... and discussed ...": both discussed
              Speaker coordinated = inherit(found, "coordinated-cue");
              return lexicon.isReciprocalCue(h.lemma()) ? withMeetingPartners(s, up, coordinated) : coordinated;
            }
          }
        }
        return null;
      }
      if (rel.equals("dep") && h.pos().equals("VBG")) {
        rel = "advcl"; // '..., Dr. Jaishankar said, adding that ...'
      }
      if (rel.equals("advcl") || rel.equals("xcomp")) {
        if (rel.equals("xcomp") && isCue(all, gov)) {
          return null; // "agreed to support": the governor is the statement
        }
        if (rel.equals("advcl") && !h.pos().equals("VBG")) {
          return null;
        }
        if (rel.equals("advcl")) {
          // "The leaders discussed plans for Modi to visit, underscoring ...": the participle belongs to
          // the reporting verb above it, wherever the parser hung it
          for (int up = gov, steps = 0; up >= 0 && steps <= s.tokens().size(); up = s.token(up).head(), steps++) {
            if (isCue(all, up)) {
              Speaker found = speaker(s, up, all, depth + 1);
              if (found != null) {
                return inherit(found, "participle-cue");
              }
            }
          }
        }
        if (rel.equals("advcl")) {
          // "'We will not let anyone divide us,' Macron said, adding that ...": the parser makes the quote the
          // root and hangs the reporting verb on it; the participle goes with that verb, not the quote's "we"
          for (Token c : s.children(gov)) {
            if (c.relation().equals("parataxis") && c.index() < head && isCue(all, c.index())) {
              Speaker found = speaker(s, c.index(), all, depth + 1);
              if (found != null) {
                return inherit(found, "participle-cue");
              }
            }
          }
        }
        Speaker host = inherit(speaker(s, gov, all, depth + 1), "participle-cue");
        return host == null ? null : withMeetingPartners(s, gov, host);
      }
      if (rel.equals("acl") && (h.pos().equals("VBG") || h.pos().equals("VBN"))) {
        for (Token byPhrase : s.children(gov)) {
          if (byPhrase.relation().startsWith("nmod") && s.child(byPhrase.index(), "case").map(cs -> cs.lemma().equals("by")).orElse(false)) {
            List<String> ids = actorsFor(s, byPhrase.index());
            return ids.isEmpty() ? null : new Speaker(ids, "nested-by");
          }
        }
      }
      return null;
    }

    /** "X met with Y to discuss": Y speaks too, and so does whoever X convened. */
    Speaker withMeetingPartners(Sentence s, int verb, Speaker host) {
      return lexicon.isMeetingVerb(s.token(verb).lemma()) ? withPartners(s, verb, host, true) : host;
    }

    /** The host and whom the verb's "with" phrase names, and with {@code objects} its object's ("met Y"). */
    Speaker withPartners(Sentence s, int verb, Speaker host, boolean objects) {
      Set<String> ids = new LinkedHashSet<>(host.actors());
      List<Token> phrases = new ArrayList<>();
      for (Token c : s.children(verb)) {
        if (isWith(s, c) || objects && c.relation().equals("obj")) {
          phrases.add(c);
        }
        if (objects && c.relation().equals("obj")) {
          s.children(c.index()).stream().filter(w -> isWith(s, w)).forEach(phrases::add); // "held talks with Y"
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
            ids.addAll(m.actors());
          } else if (m.kind() == ActorMention.MentionKind.NAME && last + 1 < s.tokens().size() && m.begin() == s.token(last + 1).begin()
              && allOfKind(m.actors(), ActorKind.PERSON)) {
            ids.addAll(m.actors()); // "with Minister of Foreign Affairs of Canada Mélanie Joly", the name cut off by the parser
          }
        }
      }
      if (ids.size() == host.actors().size()) {
        return host;
      }
      return new Speaker(List.copyOf(ids), "meeting-partners");
    }

    /** A bare "to"-infinitive ("to discuss"), not "for X to discuss". */
    boolean isInfinitiveWithoutFor(Sentence s, int head) {
      List<Token> marks = s.children(head).stream().filter(c -> c.relation().equals("mark")).toList();
      return s.token(head).pos().equals("VB")
          && marks.stream().anyMatch(m -> m.text().equalsIgnoreCase("to"))
          && marks.stream().noneMatch(m -> m.text().equalsIgnoreCase("for"));
    }

    /** "with Y" hanging on a verb or noun. */
    boolean isWith(Sentence s, Token c) {
      return (c.relation().startsWith("obl") || c.relation().startsWith("nmod"))
          && s.child(c.index(), "case").map(k -> k.lemma().equals("with")).orElse(false);
    }

    /** The partner phrase's own head or its conjuncts, not a place or organisation modifying it. */
    boolean isPartnerHead(Sentence s, int phrase, int head) {
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

    /** "The Chair is deeply troubled by ...", "X was clear that ...": the subject, passive or not, speaks. */
    Speaker experiencer(Sentence s, int head, List<CueMatch> all) {
      var subj = s.tokens().stream().filter(t -> t.head() == head && (t.relation().equals("nsubj") || t.relation().equals("nsubj:pass"))).findFirst();
      if (subj.isEmpty()) {
        return speaker(s, head, all, 0);
      }
      List<String> ids = actorsFor(s, subj.get().index());
      return ids.isEmpty() ? null : new Speaker(ids, "subject-of-cue");
    }

    Speaker inherit(Speaker from, String rule) {
      return from == null ? null : new Speaker(from.actors(), from.rule() == null || from.rule().equals("subject-of-cue") ? rule : from.rule());
    }

    boolean isCue(List<CueMatch> all, int token) {
      return all.stream().anyMatch(c -> c.head() == token);
    }

    /** The actors a subject refers to: its mentions, those of its conjuncts, a relative pronoun's noun. */
    List<String> actorsFor(Sentence s, int tokenIdx) {
      List<String> coordinated = coordinatedPhrase(s, tokenIdx);
      if (!coordinated.isEmpty()) {
        return coordinated;
      }
      List<String> apposed = apposedPerson(s, tokenIdx);
      if (!apposed.isEmpty()) {
        return apposed;
      }
      Set<String> ids = new LinkedHashSet<>();
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
        List<String> m = mentionActors(s, t);
        if (m.isEmpty()) {
          m = newActorFor(s, t);
        }
        ids.addAll(m);
      }
      return List.copyOf(ids);
    }

    /** "the WHO Representative in Sudan, Dr Shible Sahbani, said": the person named in apposition to a subject that is not one. */
    List<String> apposedPerson(Sentence s, int subject) {
      if (isPerson(mentionActors(s, s.token(subject)))) {
        return List.of();
      }
      for (Token c : s.children(subject)) {
        if (c.relation().equals("appos")) {
          List<String> ids = mentionActors(s, c);
          if (isPerson(ids)) {
            return ids;
          }
        }
      }
      return List.of();
    }

    boolean isPerson(List<String> ids) {
      return !ids.isEmpty() && allOfKind(ids, ActorKind.PERSON);
    }

    boolean allOfKind(List<String> ids, ActorKind kind) {
      return ids.stream().allMatch(a -> doc.actor(a).map(x -> x.kind() == kind).orElse(false));
    }

    /**
     * "The Secretary and Foreign Minister Fidan": when the subject phrase joins words with "and", every
     * actor mentioned in it as a head, conjunct or compound (not "of Japan", not "his") speaks.
     */
    List<String> coordinatedPhrase(Sentence s, int subject) {
      // an "and" inside a name ("Cybersecurity and Infrastructure Security Agency") joins no speakers
      boolean hasAnd = s.tokens().stream().anyMatch(t -> t.relation().equals("cc") && s.dominates(subject, t.index())
          && doc.entities().stream().noneMatch(e -> e.begin() <= t.begin() && t.end() <= e.end()));
      if (!hasAnd) {
        return List.of();
      }
      Set<String> ids = new LinkedHashSet<>();
      for (ActorMention m : doc.mentions()) {
        if (m.sentence() != s.index() || !s.dominates(subject, m.head())) {
          continue;
        }
        String rel = s.token(m.head()).relation();
        if (m.head() == subject || rel.equals("conj") || rel.equals("compound")) {
          ids.addAll(m.actors());
        }
      }
      return ids.size() > 1 ? List.copyOf(ids) : List.of();
    }

    List<String> mentionActors(Sentence s, Token t) {
      ActorMention best = null;
      for (ActorMention m : doc.mentions()) {
        if (m.sentence() != s.index()) {
          continue;
        }
        if (m.head() == t.index()) {
          return m.actors();
        }
        if (m.begin() <= t.begin() && t.end() <= m.end() && best == null) {
          best = m;
        }
      }
      if (best != null) {
        return best.actors();
      }
      // "Japan's Foreign Minister": the possessor is not the subject, but a modifier that names an actor
      // without being one ("the Japanese side") falls through to the new-actor rule
      return List.of();
    }

    /** A subject naming no known actor ("Allies", "The participants"): a new actor from its words. */
    List<String> newActorFor(Sentence s, Token t) {
      String w = t.text().toLowerCase(Locale.ROOT);
      boolean proper = t.isProperNoun() || t.pos().equals("NNS");
      if (!proper || NON_ACTOR_SUBJECTS.contains(w)) {
        return List.of();
      }
      int first = t.index();
      for (Token c : s.children(t.index())) {
        if (c.index() < first && (c.relation().equals("compound") || c.relation().equals("amod") || c.relation().equals("nummod"))) {
          first = Math.min(first, c.index());
        }
      }
      String name = new Span(s.token(first).begin(), t.end()).of(text);
      for (Actor a : actors) {
        if (a.name().equalsIgnoreCase(name)) {
          return List.of(a.id());
        }
      }
      ActorKind kind = t.pos().endsWith("S") ? ActorKind.GROUP : ActorKind.ORGANIZATION;
      Actor a = new Actor("a" + (actors.size() + 1), name, kind, null, null, List.of());
      actors.add(a);
      return List.of(a.id());
    }

    // ---- content

    Span content(Sentence s, CueMatch c, List<CueMatch> all) {
      int head = c.head();
      Token h = s.token(head);
      Set<Integer> keep = new LinkedHashSet<>();
      for (Token child : s.children(head)) {
        String rel = child.relation();
        boolean before = child.index() < c.first();
        if (before && !(rel.startsWith("ccomp") || rel.equals("parataxis"))) {
          continue; // before the cue only a quotation counts: '"...," the minister said'
        }
        if (CONTENT_SKIP.contains(rel) || rel.startsWith("nsubj") || rel.startsWith("advmod") && child.index() < head) {
          continue;
        }
        if (rel.equals("advcl") && isCue(all, child.index())) {
          continue;
        }
        for (Token t : s.tokens()) {
          if (s.dominates(child.index(), t.index()) && !c.tokens().contains(t.index()) && !insideOtherCueClause(s, t.index(), child.index(), all)) {
            keep.add(t.index());
          }
        }
      }
      if (keep.isEmpty() && (h.relation().equals("parataxis") || h.relation().equals("ccomp")) && h.head() >= 0) {
        // '"We will deepen our partnership," the Prime Minister said': the quote governs the cue
        int gov = h.head();
        for (Token t : s.tokens()) {
          if (s.dominates(gov, t.index()) && !s.dominates(head, t.index())) {
            keep.add(t.index());
          }
        }
      }
      if (keep.isEmpty()) {
        return null;
      }
      int lo = keep.stream().min(Integer::compare).get();
      int hi = keep.stream().max(Integer::compare).get();
      // leading "that" and edge punctuation out
      while (lo <= hi && (s.token(lo).pos().equals(",") || s.token(lo).relation().equals("punct") || (s.token(lo).text().equalsIgnoreCase("that") && s.token(lo).relation().equals("mark")))) {
        lo++;
      }
      while (hi >= lo && s.token(hi).relation().equals("punct") && !isClosingQuote(s.token(hi).text())) {
        hi--;
      }
      if (lo > hi) {
        return null;
      }
      return new Span(s.token(lo).begin(), s.token(hi).end());
    }

    /** A token inside a coordinated cue clause or a cue participle under this content belongs to that cue. */
    boolean insideOtherCueClause(Sentence s, int token, int contentRoot, List<CueMatch> all) {
      for (CueMatch o : all) {
        if (o.head() != contentRoot && s.dominates(contentRoot, o.head()) && s.dominates(o.head(), token)) {
          String rel = s.token(o.head()).relation();
          if (rel.equals("conj") || rel.equals("advcl") || rel.equals("acl:relcl")) {
            return true;
          }
        }
      }
      return false;
    }

    // ---- "according to X"

    Statement according(Sentence s, CueMatch c, List<CueMatch> all) {
      Token acc = s.token(c.head());
      if (c.head() + 1 >= s.tokens().size() || !s.token(c.head() + 1).text().equalsIgnoreCase("to")) {
        return null;
      }
      int source = acc.head();
      if (source < 0) {
        return null;
      }
      List<String> ids = actorsFor(s, source);
      int clause = s.token(source).head();
      if (ids.isEmpty() || clause < 0 || isCue(all, clause)) {
        return null;
      }
      List<Integer> keep = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (s.dominates(clause, t.index()) && !s.dominates(source, t.index()) && !t.relation().equals("punct")) {
          keep.add(t.index());
        }
      }
      if (keep.isEmpty()) {
        return null;
      }
      Span content = new Span(s.token(keep.get(0)).begin(), s.token(keep.get(keep.size() - 1)).end());
      CueMatch phrase = new CueMatch(c.entry(), c.head(), List.of(c.head(), c.head() + 1));
      return statement(s, phrase, new Speaker(ids, "according-to"), content, Mode.INDIRECT);
    }

    // ---- quotations

    List<Span> quotes(Sentence s) {
      List<Span> out = new ArrayList<>();
      int open = -1;
      for (int i = s.begin(); i < s.end(); i++) {
        char ch = text.charAt(i);
        if (ch == '“') {
          open = i;
        } else if (ch == '”' && open >= 0) {
          out.add(new Span(open, i + 1));
          open = -1;
        } else if (ch == '"') {
          if (open < 0) {
            open = i;
          } else {
            out.add(new Span(open, i + 1));
            open = -1;
          }
        }
      }
      if (open >= 0) { // a quotation running on past the sentence
        out.add(new Span(open, s.end() + 1 <= text.length() ? s.end() + 1 : s.end()));
      }
      return out;
    }

    /** The quotation is the content when it makes up at least half of it, or the content starts with it. */
    boolean quotationHolds(Span inner, Span content) {
      int overlap = Math.min(inner.end(), content.end()) - Math.max(inner.begin(), content.begin());
      return inner.length() > 1 && (overlap * 2 >= content.length() || Math.abs(content.begin() - inner.begin()) <= 2);
    }

    Span trim(Span sp) {
      int b = sp.begin();
      int e = Math.min(sp.end(), text.length());
      while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == '"' || text.charAt(b) == '“')) {
        b++;
      }
      while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ",\"”".indexOf(text.charAt(e - 1)) >= 0)) {
        e--;
      }
      return new Span(b, e);
    }
  }

  static boolean isClosingQuote(String t) {
    return t.equals("\"") || t.equals("”") || t.equals("''");
  }
}
