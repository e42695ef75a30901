package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import dev.readout.model.TokenRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Sets up the discourse before the sentence sweep: the participants ("Minister X chaired the meeting. Minister Y
 * and Minister Z took part." gives X, Y and Z), who are the first "they" and "the two leaders", and a chair's
 * statement's collective "we" ("We noted ... Leaders expressed ..."), and a host known only by title ("The
 * Secretary-General met with X and Y"). Makes no mention. Runs after names and
 * titles, which it counts, and before the pronoun and group sieves, which resolve to what it sets up.
 */
final class DiscourseSieve implements DocumentSieve {
  @Override
  public void run(ResolutionContext c) {
    c.discourse.setParticipants(participants(c));
    c.discourse.collectiveWe = collectiveWe(c);
  }

  /**
   * The people named from the start up to the first sentence that brings them to two or more ("Minister X
   * chaired the meeting. Minister Y and Minister Z took part."); else every person actor.
   */
  static List<String> participants(ResolutionContext c) {
    return withTitledHost(c, named(c));
  }

  /**
   * "The Secretary-General met with X and Y": a person known only by title who is the subject of a meeting verb in
   * one of the first two sentences naming a participant (a title line without a heading's form, then the opening
   * sentence) takes part too, and comes first, as the host.
   */
  static List<String> withTitledHost(ResolutionContext c, List<String> ids) {
    int seen = 0;
    for (Sentence s : c.doc.sentences) {
      List<ActorMention> here = c.mentions.all().stream().filter(m -> m.sentence() == s.index() && m.kind() != MentionKind.PRONOUN).toList();
      if (s.heading() || here.stream().noneMatch(m -> ids.contains(m.actors().get(0)))) {
        continue;
      }
      if (++seen > 2) {
        return ids; // a title line and the opening sentence at most
      }
      for (ActorMention m : here) {
        String id = m.actors().get(0);
        Token verb = s.token(m.head()).head() < 0 ? null : s.token(s.token(m.head()).head());
        if (m.kind() == MentionKind.TITLE && c.actor(id).titleOnly && !ids.contains(id) && Dependencies.isMainSubject(s, m.head())
            && verb != null && c.lexicon.isMeetingVerb(verb.lemma())) {
          List<String> out = new ArrayList<>(List.of(id));
          out.addAll(ids);
          return List.copyOf(out);
        }
      }
    }
    return ids;
  }

  /** The people named: see {@link #participants}. */
  private static List<String> named(ResolutionContext c) {
    Set<String> named = new LinkedHashSet<>();
    for (Sentence s : c.doc.sentences) {
      Set<String> ids = new LinkedHashSet<>();
      Set<String> namedHere = new LinkedHashSet<>();
      for (ActorMention m : c.mentions.all()) {
        if (m.sentence() == s.index() && m.kind() != MentionKind.PRONOUN && c.kind(m.actors().get(0)) == ActorKind.PERSON) {
          ids.add(m.actors().get(0));
          if (!c.actor(m.actors().get(0)).titleOnly) {
            namedHere.add(m.actors().get(0));
          }
        }
      }
      if (namedHere.size() >= 2 || named.size() == 1 && !namedHere.isEmpty() && !named.containsAll(namedHere)) {
        named.addAll(namedHere);
        return List.copyOf(named); // a title beside named people is one of their titles, not a third person
      }
      if (ids.size() >= 2) {
        return List.copyOf(ids);
      }
      // one person named so far takes part only as the subject ("Minister X chaired ..."), not a byline's
      // "Matthew Miller, Department Spokesperson" or "attributable to Spokesperson Matthew Miller"
      for (ActorMention m : c.mentions.all()) {
        if (!s.heading() && m.sentence() == s.index() && namedHere.contains(m.actors().get(0)) && Dependencies.isMainSubject(s, m.head())) {
          named.add(m.actors().get(0));
        }
      }
    }
    return c.actors.all().stream().filter(ActorDraft::isPerson).map(d -> d.id).toList();
  }

  /**
   * A document written as "We ..." (two sentences or more open so) whose group subject is a bare "Leaders"
   * or "ASEAN Leaders" (a chair's statement): that group speaks its "we" and its "Leaders". Null otherwise:
   * "the ministers" of a joint statement are the people named, "the three ministers" are counted, "Some
   * Leaders" are a part.
   */
  static String collectiveWe(ResolutionContext c) {
    long weSentences = c.doc.sentences.stream().filter(s -> !s.heading() && !s.tokens().isEmpty() && s.token(0).text().equals("We")).count();
    if (weSentences < 2) {
      return null;
    }
    for (Sentence s : c.doc.sentences) {
      for (int ti = 0; ti < s.tokens().size(); ti++) {
        TokenRange g = GroupPhrases.at(c, s, ti);
        if (g == null) {
          continue;
        }
        if (g.begin() == ti && !s.token(ti).pos().equals("DT") && Dependencies.isMainSubject(s, g.last()) && !GroupPhrases.isOwnGroup(c, s, g)
            && GroupPhrases.isPluralGroupNoun(c, s.token(g.last()))
            && IntStream.range(g.begin(), g.end()).noneMatch(k -> s.token(k).pos().equals("CD") || s.token(k).text().equalsIgnoreCase("both"))) {
          return GroupPhrases.ownGroup(c, s, g).id;
        }
        ti = g.last();
      }
    }
    return null;
  }
}
