package dev.readout.actors;

import dev.readout.lexicon.Gender;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An actor being built: what the sieves have learnt of it so far. Created only by {@link ActorTable}; title and
 * affiliation are set once (the first reading wins). Mutable; one document's.
 */
final class ActorDraft {
  final String id;
  String name;
  final ActorKind kind;
  List<String> nameWords = List.of();
  String title;
  String affiliation;
  boolean titleOnly;
  Gender gender = Gender.ANY;
  /** Whether the gender was read (from an honorific, a given name, or "X expressed his ..."), not assumed. */
  boolean genderKnown;
  int firstBegin = Integer.MAX_VALUE;
  final Set<String> aliases = new LinkedHashSet<>();
  /** An actor that came in finished (read by attribution after resolution): built as it was. */
  private final Actor finished;

  ActorDraft(String id, String name, ActorKind kind) {
    this(id, name, kind, null);
  }

  private ActorDraft(String id, String name, ActorKind kind, Actor finished) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.finished = finished;
  }

  static ActorDraft of(Actor a) {
    ActorDraft d = new ActorDraft(a.id(), a.name(), a.kind(), a);
    d.title = a.title();
    d.affiliation = a.affiliation();
    d.aliases.addAll(a.aliases());
    return d;
  }

  void knowGender(Gender g) {
    gender = g;
    genderKnown = true;
  }

  void setTitle(String t) {
    if (title == null) {
      title = t;
    }
  }

  void setAffiliation(String a) {
    if (affiliation == null) {
      affiliation = a;
    }
  }

  boolean fits(Gender g) {
    return g == Gender.ANY || gender == Gender.ANY || gender == g;
  }

  /** Whether a pronoun of this gender can stand for the actor: "it" for states and bodies, he/she for people. */
  boolean fitsPronoun(Gender g) {
    if (g == Gender.NEUTER) {
      return kind == ActorKind.GPE || kind == ActorKind.ORGANIZATION;
    }
    return kind == ActorKind.PERSON && fits(g);
  }

  boolean isPerson() {
    return kind == ActorKind.PERSON;
  }

  /** A person named in the text, not a title standing for someone unnamed. */
  boolean isNamedPerson() {
    return kind == ActorKind.PERSON && !titleOnly;
  }

  Actor build() {
    if (finished != null) {
      return finished;
    }
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (String a : aliases) {
      String clean = ActorTable.stripArticle(a);
      if (!clean.equals(name) && !clean.isBlank()) {
        seen.putIfAbsent(clean, true);
      }
    }
    if (kind == ActorKind.PERSON && nameWords.size() > 1) {
      seen.putIfAbsent(surname(), true);
    }
    return new Actor(id, name, kind, title, affiliation, List.copyOf(seen.keySet()));
  }

  String surname() {
    for (String w : nameWords) {
      if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
        return w;
      }
    }
    return nameWords.get(nameWords.size() - 1);
  }
}
