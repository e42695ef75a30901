package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.TokenRange;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names: each person, organisation and state entity becomes an actor or joins one. Persons merge by their words
 * ("Fumio Kishida" and "Kishida"), states and organisations by canonical name ("U.S." = "United States"), and a
 * bracketed acronym is the organisation before it: "The North Atlantic Council (NAC) met in Brussels." gives one
 * actor, and so does a family name with its hyphenated given name after a comma ("Kang, Kyung-wha"). Runs first: every later sieve resolves to the actors named here.
 */
final class NameSieve implements EntitySieve {
  @Override
  public void atEntity(ResolutionContext c, int i) {
    EntityMention e = c.doc.entities.get(i);
    ActorDraft d;
    Rule rule;
    if (isParentheticalAcronym(c, i)) {
      d = c.actor(c.mentions.actorOf(i - 1));
      c.actors.aliasByName(d, e.text());
      rule = Rule.NAME_ACRONYM;
    } else if (isCommaGivenName(c, i)) {
      d = c.actor(c.mentions.actorOf(i - 1));
      d.aliases.add(c.doc.entities.get(i - 1).text() + " " + e.text());
      rule = Rule.NAME_COMMA_GIVEN_NAME;
    } else if (e.type() == EntityType.PERSON) {
      List<String> words = c.doc.nameWords(e.text());
      d = words.isEmpty() ? null : c.actors.person(words);
      rule = Rule.NAME_PERSON;
    } else if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GPE) {
      d = named(c, e, e.type() == EntityType.GPE ? ActorKind.GPE : ActorKind.ORGANIZATION);
      rule = e.type() == EntityType.GPE ? Rule.NAME_STATE : Rule.NAME_ORGANISATION;
    } else {
      return;
    }
    if (d == null) {
      return;
    }
    c.mentions.link(i, d.id);
    d.firstBegin = Math.min(d.firstBegin, e.begin());
    int si = TokenIndex.sentenceAt(c.doc.sentences, e.begin());
    if (si >= 0 && !c.doc.sentence(si).tokens().isEmpty()) {
      Sentence s = c.doc.sentence(si);
      TokenRange r = TokenIndex.range(s, e.span());
      c.mentions.add(new ActorMention(e.begin(), e.end(), e.text(), si, Dependencies.headOf(s, r), MentionKind.NAME, List.of(d.id), rule.id()));
    }
  }

  /** "North Atlantic Council (NAC)": the bracketed organisation is the one before it. */
  private static boolean isParentheticalAcronym(ResolutionContext c, int i) {
    if (i == 0 || c.mentions.actorOf(i - 1) == null) {
      return false;
    }
    EntityMention prev = c.doc.entities.get(i - 1);
    EntityMention e = c.doc.entities.get(i);
    if (prev.type() != EntityType.ORGANIZATION || e.type() != EntityType.ORGANIZATION || prev.end() > e.begin()) {
      return false;
    }
    String between = c.doc.text.substring(prev.end(), e.begin()).strip();
    return between.equals("(") && e.end() < c.doc.text.length() && c.doc.text.charAt(e.end()) == ')';
  }

  /**
   * "Minister of Foreign Affairs Kang, Kyung-wha had a meeting": a family name written first, a comma, then a
   * hyphenated given name (the way Korean releases write names) is one person, not two.
   */
  private static boolean isCommaGivenName(ResolutionContext c, int i) {
    if (i == 0 || c.mentions.actorOf(i - 1) == null) {
      return false;
    }
    EntityMention prev = c.doc.entities.get(i - 1);
    EntityMention e = c.doc.entities.get(i);
    return prev.type() == EntityType.PERSON && e.type() == EntityType.PERSON && prev.end() <= e.begin()
        && c.doc.text.substring(prev.end(), e.begin()).strip().equals(",")
        && c.doc.nameWords(prev.text()).size() == 1 && HYPHENATED_GIVEN_NAME.matcher(e.text()).matches();
  }

  private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

  private static ActorDraft named(ResolutionContext c, EntityMention e, ActorKind kind) {
    String canonical = e.canonical() != null ? e.canonical() : ActorTable.stripArticle(e.text());
    ActorDraft d = c.actors.named(canonical, kind);
    if (!e.text().equals(canonical)) {
      d.aliases.add(e.text());
    }
    return d;
  }
}
