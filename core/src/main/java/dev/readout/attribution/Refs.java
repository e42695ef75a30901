package dev.readout.attribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Actors in the order found, each with the rule of the mention it was found through (the first one wins). */
final class Refs {
  private final Map<String, String> byActor = new LinkedHashMap<>();

  void add(String id, String mentionRule) {
    byActor.putIfAbsent(id, mentionRule);
  }

  void addAll(Refs other) {
    other.byActor.forEach(this::add);
  }

  /** The mention's actors, each found through the mention's rule. */
  void addAll(dev.readout.model.ActorMention m) {
    m.actors().forEach(id -> add(id, m.rule()));
  }

  /** These actors but those of {@code ids}, each with its mention rule. */
  Refs without(java.util.Set<String> ids) {
    Refs rest = new Refs();
    byActor.forEach((id, rule) -> {
      if (!ids.contains(id)) {
        rest.add(id, rule);
      }
    });
    return rest;
  }

  boolean isEmpty() {
    return byActor.isEmpty();
  }

  int size() {
    return byActor.size();
  }

  List<String> ids() {
    return List.copyOf(byActor.keySet());
  }

  /** Each actor's mention rule, "?" where the mention recorded none. */
  List<String> rules() {
    return byActor.values().stream().map(r -> r == null ? "?" : r).toList();
  }
}
