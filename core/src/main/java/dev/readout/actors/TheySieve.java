package dev.readout.actors;

import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "They", "their", "them": a group subject before it in its sentence ("The members of the Council reaffirmed their
 * support"), else the latest group subject of the text, at first the participants ("X and Y met. They agreed ...").
 * In a release of several calls, a paragraph that names its own partner before "they" and no group of its own is
 * that call's: "Chancellor A discussed the talks. They also discussed trade." is A and the release's protagonist,
 * "The Taoiseach thanked Prime Minister B. They ..." the two named ({@code they:paragraph-pair}); a cue done together
 * in the readout of a meeting of people is the participants' even when the latest group is states ({@code
 * they:participants}). Runs after "we",
 * which is plural too.
 */
final class TheySieve implements TokenSieve {
  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Token t = here.sentence().token(ti);
    if (!PronounAt.is(c, t, PronounAt::isThey)) {
      return Optional.empty();
    }
    Sentence s = here.sentence();
    List<String> ids = c.discourse.lastPlural;
    Rule rule = Rule.THEY_LAST_PLURAL;
    for (ActorMention m : reversed(c.mentions.of(s.index(), here.found()))) {
      if (m.head() < ti && m.kind() != MentionKind.PRONOUN && Dependencies.isSubject(s, m.head())
          && (m.actors().size() > 1 || m.kind() == MentionKind.GROUP)) {
        ids = m.actors();
        rule = Rule.THEY_GROUP_SUBJECT;
        break;
      }
    }
    if (rule == Rule.THEY_LAST_PLURAL && c.discourse.pluralParagraph != c.doc.paragraphOf(s)) {
      List<String> pair = paragraphPair(c, s, here, ti);
      if (pair != null) {
        ids = pair;
        rule = Rule.THEY_PARAGRAPH_PAIR;
      }
    }
    if (rule == Rule.THEY_LAST_PLURAL && meetingTalk(c, s, t, ids)) {
      ids = c.discourse.participants;
      rule = Rule.THEY_PARTICIPANTS;
    }
    if (ids.isEmpty()) {
      return Claim.of(null, ti);
    }
    return Claim.of(new ActorMention(t.begin(), t.end(), t.text(), s.index(), ti, MentionKind.PRONOUN, ids, rule.id()), ti);
  }

  /**
   * "They discussed …" in the readout of a meeting of people, where the latest group subject is states or bodies
   * ("the UK and the EU should …"): a cue done together is the participants' ({@code they:participants}).
   */
  private static boolean meetingTalk(ResolutionContext c, Sentence s, Token they, List<String> lastPlural) {
    List<String> participants = c.discourse.participants;
    if (participants.size() < 2 || lastPlural.isEmpty() || !they.relation().startsWith("nsubj") || they.head() < 0
        || !c.lexicon.isReciprocalCue(s.token(they.head()).lemma())) {
      return false;
    }
    return participants.stream().allMatch(id -> isPerson(c, id)) && lastPlural.stream().noneMatch(id -> isPerson(c, id));
  }

  private static boolean isPerson(ResolutionContext c, String id) {
    return c.actors.get(id).kind == dev.readout.model.ActorKind.PERSON; // the discourse's ids are the table's
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> out = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * The participants this paragraph names as a main verb's subject or partner before token {@code ti}, when some are
   * not in the latest group: with two or more, they; with one, that one and the protagonist (the participant most
   * often the subject so far). Null when the paragraph names none, or only the latest group's.
   */
  static List<String> paragraphPair(ResolutionContext c, Sentence s, SentenceScope here, int ti) {
    int paragraph = c.doc.paragraphOf(s);
    java.util.Set<String> named = new java.util.LinkedHashSet<>();
    for (Sentence p : c.doc.sentences) {
      if (p.index() > s.index() || c.doc.paragraphOf(p) != paragraph) {
        continue;
      }
      List<ActorMention> ms = p == s ? c.mentions.of(s.index(), here.found()) : c.mentions.of(p.index(), List.of());
      for (ActorMention m : ms) {
        if ((p != s || m.head() < ti) && m.kind() != MentionKind.PRONOUN && m.actors().size() == 1
            && c.discourse.participants.contains(m.actors().get(0)) && isParty(p, m.head())) {
          named.add(m.actors().get(0));
        }
      }
    }
    if (named.isEmpty() || c.discourse.lastPlural.containsAll(named)) {
      return null;
    }
    if (named.size() >= 2) {
      return List.copyOf(named);
    }
    String one = named.iterator().next();
    String protagonist = null;
    for (String id : c.discourse.participants) {
      if (!id.equals(one) && (protagonist == null || c.discourse.subjectCount(id) > c.discourse.subjectCount(protagonist))) {
        protagonist = id;
      }
    }
    return protagonist == null || c.discourse.subjectCount(protagonist) == 0 ? null : List.of(protagonist, one);
  }

  /** A main clause's subject, object or oblique ("… to Prime Minister B"), or one coordinated with it. */
  private static boolean isParty(Sentence s, int head) {
    Token t = s.token(head);
    if (t.relation().equals("conj") && t.head() >= 0) {
      t = s.token(t.head());
    }
    if (Dependencies.isMainSubject(s, t.index())) {
      return true;
    }
    String rel = t.relation();
    return (rel.equals("obj") || rel.startsWith("obl") || rel.equals("iobj")) && t.head() >= 0 && s.token(t.head()).head() < 0;
  }
}
