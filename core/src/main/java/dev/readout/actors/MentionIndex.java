package dev.readout.actors;

import dev.readout.model.ActorMention;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which tokens are claimed: the mentions found so far and the actor each entity names. A token under a mention or
 * under an entity (titles aside) is covered, and no later sieve looks at it. Mutable; one document's.
 */
final class MentionIndex {
  private final List<ActorMention> mentions = new ArrayList<>();
  private final List<EntityMention> entities;
  private final String[] entityActor;
  /** The tokens (by where they begin) that an entity other than a title covers: computed once, asked of every token. */
  private final Set<Integer> underEntity = new HashSet<>();

  MentionIndex(List<EntityMention> entities, List<Sentence> sentences) {
    this.entities = entities;
    this.entityActor = new String[entities.size()];
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        for (EntityMention e : entities) {
          if (e.type() != EntityType.TITLE && e.begin() <= t.begin() && t.end() <= e.end()) {
            underEntity.add(t.begin());
            break;
          }
        }
      }
    }
  }

  void add(ActorMention m) {
    mentions.add(m);
  }

  void addAll(List<ActorMention> ms) {
    mentions.addAll(ms);
  }

  /** Every mention so far, in the order found (names first, then titles, then sentence by sentence). */
  List<ActorMention> all() {
    return Collections.unmodifiableList(mentions);
  }

  /** The mentions of one sentence, with {@code extra} ones not yet added, in text order. */
  List<ActorMention> of(int sentence, List<ActorMention> extra) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.sentence() == sentence) {
        out.add(m);
      }
    }
    out.addAll(extra);
    out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return out;
  }

  boolean covered(Sentence s, Token t) {
    for (ActorMention m : mentions) {
      if (m.sentence() == s.index() && m.begin() <= t.begin() && t.end() <= m.end()) {
        return true;
      }
    }
    return underEntity.contains(t.begin()); // tokens of a document never share a beginning
  }

  void link(int entity, String actorId) {
    entityActor[entity] = actorId;
  }

  /** The actor id of entity {@code i}, or null when it names none (yet). */
  String actorOf(int entity) {
    return entity < 0 ? null : entityActor[entity];
  }

  /** The entities, each linked to its actor. */
  List<EntityMention> linkedEntities() {
    List<EntityMention> linked = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      linked.add(entityActor[i] == null ? entities.get(i) : entities.get(i).withActor(entityActor[i]));
    }
    return linked;
  }

  /** The mentions in text order: what the document keeps. */
  List<ActorMention> inTextOrder() {
    List<ActorMention> out = new ArrayList<>(mentions);
    out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return out;
  }
}
