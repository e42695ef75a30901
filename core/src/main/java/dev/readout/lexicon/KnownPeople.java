package dev.readout.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Well-known office holders and the state or body they serve ({@code people.tsv}), as political event coders keep
 * actor dictionaries: a release that names "Prime Minister Justin Trudeau" and no state still speaks of Canada's.
 * Each row is one term of office (name, affiliation, office, first and last year, other forms of the name). Names
 * are compared without case, diacritics, full stops and middle initials ("Antony J. Blinken" is "Antony Blinken"),
 * and only whole names of two words or more: a surname alone names too many people. Immutable and thread-safe.
 */
public final class KnownPeople {
  /** One term of office; {@code to} is {@link Integer#MAX_VALUE} while in office. */
  public record Term(String name, String affiliation, String office, int from, int to) {
    boolean covers(int year) {
      return from <= year && year <= to;
    }
  }

  private static final KnownPeople NONE = new KnownPeople(Map.of());

  private final Map<String, List<Term>> byName;

  private KnownPeople(Map<String, List<Term>> byName) {
    this.byName = byName;
  }

  /** No one: a gazetteer without {@code people.tsv}. */
  public static KnownPeople none() {
    return NONE;
  }

  /**
   * Reads a {@code people.tsv} resource.
   *
   * @throws ModelLoadException naming the resource and line of a row that is not name, affiliation, office, from and
   *     to (a year or empty), and other forms
   */
  static KnownPeople load(String resource) {
    Map<String, List<Term>> terms = new java.util.LinkedHashMap<>(); // by the name as the file writes it
    Map<String, Set<String>> forms = new HashMap<>();
    int row = 0;
    for (String[] r : Resources.rows(resource, 5)) {
      row++;
      int from;
      int to;
      try {
        from = Integer.parseInt(r[3]);
        to = r[4].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(r[4]);
      } catch (NumberFormatException e) {
        throw new ModelLoadException(resource + ": row " + row + " (" + r[0] + "): the years must be numbers, not '" + r[3] + "', '" + r[4] + "'");
      }
      if (to < from || r[0].isEmpty() || r[1].isEmpty()) {
        throw new ModelLoadException(resource + ": row " + row + " (" + r[0] + "): needs a name, an affiliation and years in order");
      }
      terms.computeIfAbsent(r[0], x -> new ArrayList<>()).add(new Term(r[0], r[1], r[2], from, to));
      Set<String> f = forms.computeIfAbsent(r[0], x -> new LinkedHashSet<>(List.of(r[0])));
      if (r.length > 5 && !r[5].isEmpty()) {
        for (String other : r[5].split("\\|")) {
          f.add(other.strip());
        }
      }
    }
    // every form of a name on any of its rows stands for all its terms ("Ban Ki Moon" as ROK minister and UN chief)
    Map<String, List<Term>> byName = new HashMap<>();
    terms.forEach((name, ts) -> {
      for (String f : forms.get(name)) {
        String k = key(f);
        if (k.indexOf(' ') > 0) {
          List<Term> list = byName.computeIfAbsent(k, x -> new ArrayList<>());
          ts.stream().filter(t -> !list.contains(t)).forEach(list::add);
        }
      }
    });
    Map<String, List<Term>> frozen = new HashMap<>();
    byName.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new KnownPeople(Map.copyOf(frozen));
  }

  /** How a name is compared: lower case, no diacritics, no full stops or hyphens, no single-letter middle initials. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace(".", " ").replace(",", " ").replace('-', ' ');
    List<String> words = new ArrayList<>(List.of(s.strip().split("\\s+")));
    if (words.size() > 2) {
      for (int i = words.size() - 2; i >= 1; i--) {
        if (words.get(i).length() == 1) {
          words.remove(i);
        }
      }
    }
    return String.join(" ", words);
  }

  /** The terms of office of a person named so (any of the names), in the file's order. */
  public List<Term> terms(Collection<String> names) {
    Set<Term> out = new LinkedHashSet<>();
    for (String n : names) {
      if (n != null) {
        out.addAll(byName.getOrDefault(key(n), List.of()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The state or body a person named so serves: the one of the terms that cover the document's year when there are
   * any, else the one of all the person's terms; empty when those name different ones (a foreign minister who
   * became the EU's High Representative, in a document of unknown date) or none.
   */
  public Optional<String> affiliation(Collection<String> names, OptionalInt year) {
    List<Term> all = terms(names);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<Term> then = year.isPresent() ? all.stream().filter(t -> t.covers(year.getAsInt())).toList() : List.of();
    Set<String> affiliations = new HashSet<>();
    (then.isEmpty() ? all : then).forEach(t -> affiliations.add(t.affiliation()));
    return affiliations.size() == 1 ? Optional.of(affiliations.iterator().next()) : Optional.empty();
  }

  /** How many names (and other forms) are known. */
  public int size() {
    return byName.size();
  }
}
