package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "We" and "our": the group named beside it ("We, the leaders of A, B and C, met today.") or its members when the
 * text names them (holders of its office, or one participant per listed state); in a chair's statement its
 * collective group; else the latest group subject in the paragraph, or for a spokesperson's or a press
 * statement's "We call on ..." the state most often the subject. Runs after the styles and before "they", which
 * it is not.
 */
final class WeSieve implements TokenSieve {
  /** Actors and the rule that chose them. */
  private record Ref(List<String> ids, Rule rule) {}

  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    Token t = s.token(ti);
    if (!PronounAt.is(c, t, PronounAt::firstPerson)) {
      return Optional.empty();
    }
    Discourse d = c.discourse;
    if (d.weActor == null) {
      Ref named = appositiveGroup(c, s, ti, d.participants);
      if (named != null) {
        d.weActor = named.ids();
        d.weRule = named.rule().id();
      }
    }
    Ref ref = d.weActor != null ? null
        : d.collectiveWe != null && !c.isLabelledAnswer(s) ? new Ref(List.of(d.collectiveWe), Rule.WE_COLLECTIVE)
        : we(c, s, d.lastPlural);
    List<String> ids = ref == null ? d.weActor : ref.ids();
    String rule = ref == null ? d.weRule : ref.rule().id();
    if (ids.isEmpty()) {
      return Claim.of(null, ti);
    }
    return Claim.of(new dev.readout.model.ActorMention(t.begin(), t.end(), t.text(), s.index(), ti, MentionKind.PRONOUN, ids, rule), ti);
  }

  /**
   * "we" with no group named for it: the group last spoken of; but one person is no "we", so a lone
   * spokesperson's "we" is the state (else the body) that has been the readout's subject most often ("Russia rejects
   * ... We have repeatedly warned").
   */
  private static Ref we(ResolutionContext c, Sentence s, List<String> lastPlural) {
    boolean lone = lastPlural.size() == 1 && c.kind(lastPlural.get(0)) == ActorKind.PERSON;
    boolean labelled = c.isLabelledAnswer(s);
    boolean stale = c.doc.paragraphOf(s) != c.discourse.pluralParagraph; // no group was the subject in this paragraph
    if (!lone && !labelled && !stale) {
      return new Ref(lastPlural, Rule.WE_LAST_PLURAL);
    }
    // a spokesperson, or a press statement's "We call on ...", speaks for a state first
    for (ActorKind kind : stale && !lone ? List.of(ActorKind.GPE) : List.of(ActorKind.GPE, ActorKind.ORGANIZATION)) {
      String best = null;
      int most = 0;
      for (ActorDraft d : c.actors.all()) {
        int n = c.discourse.subjectCount(d.id);
        if (d.kind == kind && n > most) {
          best = d.id;
          most = n;
        }
      }
      if (best != null && (lone || labelled || most >= 2)) { // a press statement's state speaks more than once
        return new Ref(List.of(best), Rule.WE_SUBJECT_STATE);
      }
    }
    if (labelled) {
      // a briefing's first answer, before any state has been a subject: the state that is the subject most often in
      // the whole text speaks through its spokesperson ("We welcome this development. India supports ...")
      String later = laterSubjectState(c);
      if (later != null) {
        return new Ref(List.of(later), Rule.WE_SUBJECT_STATE);
      }
    }
    return new Ref(lastPlural, Rule.WE_LAST_PLURAL);
  }

  /** The state most often a main subject anywhere in the text, by its named mentions; null when none is. */
  private static String laterSubjectState(ResolutionContext c) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (dev.readout.model.ActorMention m : c.mentions.all()) {
      if (m.kind() == MentionKind.NAME && m.actors().size() == 1 && c.kind(m.actors().get(0)) == ActorKind.GPE
          && Dependencies.isMainSubject(c.doc.sentence(m.sentence()), m.head())) {
        counts.merge(m.actors().get(0), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
        .map(java.util.Map.Entry::getKey).orElse(null);
  }

  /**
   * "We, the G7 Foreign Ministers of ...": a group named by the apposition to "we", or the people named in the
   * text who hold its office ("We, the Foreign Ministers of France, Germany and Poland"); null when none.
   */
  private static Ref appositiveGroup(ResolutionContext c, Sentence s, int we, List<String> participants) {
    List<Token> candidates = new ArrayList<>(s.children(we).stream().filter(t -> t.relation().equals("appos")).toList());
    if (candidates.isEmpty() && we + 2 < s.tokens().size() && s.token(we + 1).text().equals(",") && s.token(we).head() >= 0) {
      // "We, the leaders of A, B and C, met": the parser may make the apposition a second subject
      for (Token t : s.children(s.token(we).head())) {
        if (t.index() > we + 1 && t.relation().startsWith("nsubj") && t.isNoun() && Dependencies.firstOfSubtree(s, t.index()) == we + 2) {
          candidates.add(t);
        }
      }
    }
    for (Token t : candidates) {
      int first = t.index();
      for (Token m : s.children(t.index())) {
        if (m.index() < t.index() && !m.relation().equals("det") && !m.relation().equals("punct")) {
          first = Math.min(first, m.index());
        }
      }
      String name = c.doc.textOf(new Span(s.token(first).begin(), t.end()));
      // "We, the Foreign Ministers of France, Germany and Poland": the ministers named in the text, when they are
      String office = Titles.norm((first < t.index() ? c.doc.textOf(new Span(s.token(first).begin(), s.token(t.index() - 1).end())) + " " : "") + t.lemma());
      List<String> holders = c.actors.all().stream().filter(d -> Titles.holdsOffice(d, office)).map(d -> d.id).toList();
      if (holders.size() >= 2) {
        return new Ref(holders, Rule.WE_OFFICE_HOLDERS);
      }
      long states = c.mentions.all().stream().filter(m -> m.sentence() == s.index() && m.kind() == MentionKind.NAME && m.head() > t.index()
          && s.dominates(t.index(), m.head()) && c.kind(m.actors().get(0)) == ActorKind.GPE).count();
      if (states >= 2 && states == participants.size()) {
        return new Ref(participants, Rule.WE_PARTICIPANTS); // one named minister for each of the states it lists
      }
      ActorDraft d = c.actors.fresh(name, ActorKind.GROUP);
      d.aliases.add(c.doc.textOf(new Span(s.token(first).begin(), Dependencies.subtreeEnd(s, t.index()))));
      int det = s.child(t.index(), "det").map(Token::index).orElse(first);
      d.aliases.add(c.doc.textOf(new Span(s.token(Math.min(det, first)).begin(), Dependencies.subtreeEnd(s, t.index())))); // "the leaders of Australia, India, ..."
      return new Ref(List.of(d.id), Rule.WE_APPOSITION);
    }
    return null;
  }
}
