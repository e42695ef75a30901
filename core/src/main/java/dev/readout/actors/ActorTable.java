package dev.readout.actors;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actors of one document: the one place that creates them (ids "a1", "a2" ... in order of creation) and
 * merges them by name; lookups never create anything. Mutable; one document's.
 */
public final class ActorTable {
  private final List<ActorDraft> drafts = new ArrayList<>();
  private final Map<String, ActorDraft> byId = new HashMap<>();
  private final Map<String, ActorDraft> byCanonical = new HashMap<>();

  ActorTable() {}

  /** A table holding actors already found (attribution adds the speakers it meets to them). */
  public static ActorTable of(List<Actor> actors) {
    ActorTable t = new ActorTable();
    actors.forEach(a -> t.add(ActorDraft.of(a)));
    return t;
  }

  private ActorDraft add(ActorDraft d) {
    drafts.add(d);
    byId.put(d.id, d);
    return d;
  }

  private ActorDraft create(String name, ActorKind kind) {
    return add(new ActorDraft("a" + (drafts.size() + 1), name, kind));
  }

  private static String key(ActorKind kind, String name) {
    return kind + ":" + name.toLowerCase(Locale.ROOT);
  }

  // ---- creating

  /**
   * The person with these name words: the first person whose words hold them or are held by them ("Kishida" in
   * "Fumio Kishida"), else a new one. A longer form becomes the name, the shorter an alias.
   */
  ActorDraft person(List<String> words) {
    ActorDraft best = null;
    for (ActorDraft d : drafts) {
      if (d.kind != ActorKind.PERSON || d.nameWords.isEmpty()) {
        continue;
      }
      if (lower(d.nameWords).containsAll(lower(words)) || lower(words).containsAll(lower(d.nameWords))) {
        best = d;
        break;
      }
    }
    String surface = String.join(" ", words);
    if (best == null) {
      best = create(surface, ActorKind.PERSON);
      best.nameWords = words;
    } else if (words.size() > best.nameWords.size()) {
      best.aliases.add(best.name);
      best.name = surface;
      best.nameWords = words;
    } else if (!surface.equals(best.name)) {
      best.aliases.add(surface);
    }
    return best;
  }

  /** The state or organisation of this canonical name, created on first sight. */
  ActorDraft named(String canonical, ActorKind kind) {
    return byCanonical.computeIfAbsent(key(kind, canonical), k -> create(canonical, kind));
  }

  /** An alias that also finds the actor by name from now on ("North Atlantic Council (NAC)"). */
  void aliasByName(ActorDraft d, String alias) {
    d.aliases.add(alias);
    byCanonical.putIfAbsent(key(d.kind, alias), d);
  }

  /** A new actor every time: a group named once ("the G7 Foreign Ministers"), an issuer, a title-only person. */
  ActorDraft fresh(String name, ActorKind kind) {
    return create(name, kind);
  }

  /** A title standing for someone the text does not name ("The Prime Minister"). */
  ActorDraft titleOnly(String title, int firstBegin, String country) {
    ActorDraft d = create(title, ActorKind.PERSON);
    d.title = title;
    d.titleOnly = true;
    d.firstBegin = firstBegin;
    if (country != null) {
      d.setAffiliation(country);
    }
    return d;
  }

  /** An actor met first as a speaker: the actor of that name (any case), else a new one (attribution's). */
  public String speakerNamed(String name, ActorKind kind) {
    for (ActorDraft d : drafts) {
      if (d.name.equalsIgnoreCase(name)) {
        return d.id;
      }
    }
    return create(name, kind).id;
  }

  // ---- looking up

  ActorDraft get(String id) {
    ActorDraft d = byId.get(id);
    if (d == null) {
      throw new IllegalArgumentException("no actor " + id);
    }
    return d;
  }

  /** Every actor so far, in order of creation. */
  List<ActorDraft> all() {
    return java.util.Collections.unmodifiableList(drafts);
  }

  public List<Actor> build() {
    return drafts.stream().map(ActorDraft::build).toList();
  }

  static String stripArticle(String s) {
    return s.replaceFirst("^(?i)the\\s+", "");
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
