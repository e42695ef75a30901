package dev.readout.aggregate;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What decides which actor across documents a document's actor is: its kind, name, title, affiliation and
 * aliases (sorted, without duplicates, so that equal actors of two documents make one profile).
 *
 * @param title the office, or null
 * @param affiliation the state or organisation of the office, or null
 */
public record ActorProfile(ActorKind kind, String name, String title, String affiliation, List<String> aliases) {
  public ActorProfile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(new TreeSet<>(aliases));
  }

  public static ActorProfile of(Actor a) {
    return new ActorProfile(a.kind(), a.name(), a.title(), a.affiliation(), a.aliases());
  }
}
