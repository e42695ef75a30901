package dev.readout.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone or something that can speak or be spoken about.
 *
 * @param name the name without honorifics ("Fumio Kishida"); for a title-only actor, the title
 * @param title the office ("Minister for Foreign Affairs"), or null
 * @param affiliation the state or organisation the office belongs to ("Japan"), or null
 * @param aliases other forms the text uses ("Minister Kishida", "Kishida")
 */
public record Actor(
    String id, String name, ActorKind kind, String title, String affiliation, List<String> aliases) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** For a person to read: "Fumio Kishida (Minister for Foreign Affairs, Japan)"; a title-only actor shows no title twice. */
  public String label() {
    StringBuilder b = new StringBuilder(name);
    String inBrackets = java.util.stream.Stream.of(title, affiliation)
        .filter(x -> x != null && !x.isBlank() && !x.equals(name))
        .collect(java.util.stream.Collectors.joining(", "));
    if (!inBrackets.isEmpty()) {
      b.append(" (").append(inBrackets).append(')');
    }
    return b.toString();
  }
}
