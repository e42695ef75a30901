package dev.readout.aggregate;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which actors of different documents are one actor of the corpus. Names, titles and aliases are
 * compared after {@link NameNormalizer normalisation} (case, diacritics, periods, possessive, honorifics such
 * as Mr./Ms./Dr./H.E., leading titles of office, Jr./III, single-letter initials), and the rules are, in order:
 *
 * <ol>
 *   <li><b>States, organisations, groups</b> are one actor when their kind and normalised name (without a
 *       leading article) are equal; states and organisations are also joined by an alias that is an acronym
 *       ("U.S.") or of two words or more. A one-word alias ("Council") joins nothing: it is too generic.
 *   <li><b>Title-only actors</b> ("the Secretary": a person whose name is its title) are one actor per title
 *       and affiliation; they never join a named person, since the title alone does not say who held it.
 *   <li><b>Full names</b>: persons sharing a full name of two words or more — their name or any alias, e.g.
 *       "President Joseph R. Biden, Jr." and "Joseph Biden" both give "joseph biden" — are one actor.
 *   <li><b>Compatible given names</b>: two such full-name actors with the same surname are joined when their
 *       given names are compatible (equal, one a prefix of the other of three letters or more, or a common
 *       nickname: "Joe"/"Joseph") and they do not conflict: when both have titles they share one, and when
 *       both have affiliations they share one. "Joe Biden (President)" joins "Joseph R. Biden (President)";
 *       "Jill Biden (First Lady)" joins neither. Names of the same words in another order ("Kishida Fumio",
 *       "Fumio Kishida") are joined when the two share a title.
 *   <li><b>Surname only</b>: a person known by one word only ("President Biden", "Biden") joins a full-name
 *       actor that has that word as surname or alias (failing that, as first word: "Kishida" of "Kishida
 *       Fumio"). Actors sharing its title are tried before actors merely not conflicting with it. One
 *       candidate: it joins. Several: it joins the one with {@value #DOMINANCE} times the statements of the
 *       next (in White House readouts, "President Biden" is Joseph R. Biden even though extraction once
 *       titled Jill Biden "President"); otherwise it stays apart, one actor per word, title and affiliation.
 *       Two full-name actors are never joined through a shared surname alone.
 * </ol>
 *
 * A corpus actor shows the name most used by its members (a full name before a surname), and their most used
 * title and affiliation when at least {@value #COMMON_PERCENT}% of its occurrences give them; its id ("A1", "A2" ...) ranks it by how often its members occur. Immutable and
 * thread-safe.
 */
public final class ActorMerger {
  private static final Map<String, String> NICKNAMES = nicknames(
      "joe joseph", "bill william", "will william", "billy william", "bob robert", "rob robert", "bobby robert",
      "jim james", "jimmy james", "mike michael", "tom thomas", "tony anthony", "dick richard", "rick richard",
      "chuck charles", "charlie charles", "ted edward", "ed edward", "eddie edward", "andy andrew", "dan daniel",
      "danny daniel", "pete peter", "kate katherine", "katie katherine", "cathy catherine", "liz elizabeth",
      "beth elizabeth", "betsy elizabeth", "jen jennifer", "jenny jennifer", "steve stephen", "ben benjamin",
      "nick nicholas", "matt matthew", "alex alexander", "sam samuel", "ron ronald", "don donald",
      "tim timothy", "jeff jeffrey", "greg gregory", "chris christopher", "pat patrick", "sue susan",
      "larry lawrence", "jack john", "hank henry", "harry henry", "ray raymond", "fred frederick",
      "ken kenneth", "doug douglas", "vince vincent");

  /** How many times more statements the most frequent candidate of a surname needs to win over the next. */
  static final int DOMINANCE = 10;

  /** How common a title or affiliation must be among a corpus actor's occurrences to be shown. */
  static final int COMMON_PERCENT = 25;

  private final NameNormalizer names;

  /** With the honorifics and titles of the bundled gazetteer. */
  public ActorMerger() {
    this(NameNormalizer.bundled());
  }

  ActorMerger(NameNormalizer names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * The corpus actor of each profile.
   *
   * @param weights each profile with how often it occurs (statements it speaks or is the target of): used to
   *     choose a corpus actor's name, title and affiliation and to rank ids
   * @return for each profile, in the order given, its corpus actor
   */
  public Map<ActorProfile, Actor> merge(Map<ActorProfile, Integer> weights) {
    List<ActorProfile> ps = new ArrayList<>(weights.keySet());
    Set<String> corpusTitles = new TreeSet<>();
    ps.forEach(p -> {
      if (p.title() != null) {
        corpusTitles.add(p.title());
      }
    });
    NameNormalizer n = names.withTitles(corpusTitles);
    Run run = new Run(weights, n);
    run.byKey();
    run.compatibleGivenNames();
    run.surnamesOnly();
    return run.build();
  }

  /** Working state of one merge. */
  private static final class Run {
    final List<ActorProfile> ps;
    final NameNormalizer n;
    final int[] parent;
    final Map<String, Integer> firstWithKey = new HashMap<>();
    /** Person facts by profile: full names, one-word names, title key, affiliation key. */
    final Person[] person;
    final List<Integer> weak = new ArrayList<>();
    /** Facts of each full-name cluster, by root. */
    final Map<Integer, Person> clusters = new HashMap<>();
    final Map<ActorProfile, Integer> weights;
    final Map<Integer, Long> clusterWeight = new HashMap<>();

    Run(Map<ActorProfile, Integer> weights, NameNormalizer n) {
      this.weights = weights;
      this.ps = new ArrayList<>(weights.keySet());
      this.n = n;
      this.parent = new int[ps.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      this.person = new Person[ps.size()];
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Joins two clusters; the root of {@code into} stays the root. */
    void union(int into, int other) {
      int a = find(into);
      int b = find(other);
      if (a != b) {
        parent[b] = a;
      }
    }

    void join(int i, String key) {
      Integer j = firstWithKey.putIfAbsent(key, i);
      if (j != null) {
        union(j, i);
      }
    }

    void byKey() {
      for (int i = 0; i < ps.size(); i++) {
        ActorProfile p = ps.get(i);
        String tk = NameNormalizer.title(p.title());
        String ak = p.affiliation() == null ? "" : NameNormalizer.text(p.affiliation());
        if (p.kind() != ActorKind.PERSON) {
          join(i, p.kind() + ":" + NameNormalizer.target(p.name()));
          if (p.kind() != ActorKind.GROUP) {
            for (String alias : p.aliases()) {
              if (isAcronym(alias) || NameNormalizer.words(alias).size() >= 2) {
                join(i, p.kind() + ":" + NameNormalizer.target(alias));
              }
            }
          }
          continue;
        }
        Set<String> full = new TreeSet<>();
        Set<String> single = new TreeSet<>();
        List<String> forms = new ArrayList<>(p.aliases());
        forms.add(0, p.name());
        for (String form : forms) {
          List<String> w = n.personName(form);
          if (w.size() >= 2) {
            full.add(String.join(" ", w));
          } else if (w.size() == 1) {
            single.add(w.get(0));
          }
        }
        boolean titleOnly = p.title() != null && NameNormalizer.title(p.name()).equals(tk);
        if (titleOnly || full.isEmpty() && single.isEmpty()) {
          join(i, "title:" + (tk.isEmpty() ? NameNormalizer.title(p.name()) : tk) + "|" + ak);
          continue;
        }
        person[i] = new Person(full, single, tk.isEmpty() ? Set.of() : Set.of(tk), ak.isEmpty() ? Set.of() : Set.of(ak));
        if (full.isEmpty()) {
          weak.add(i);
        } else {
          for (String f : full) {
            join(i, "full:" + f);
          }
        }
      }
    }

    void compatibleGivenNames() {
      for (int i = 0; i < ps.size(); i++) {
        if (person[i] != null && !person[i].full.isEmpty()) {
          clusters.merge(find(i), person[i], Person::plus);
        }
      }
      Map<String, Set<Integer>> bySurname = new TreeMap<>();
      clusters.forEach((root, facts) -> facts.full.forEach(f -> {
        bySurname.computeIfAbsent(surname(f), k -> new TreeSet<>()).add(root);
        bySurname.computeIfAbsent(sortedWords(f), k -> new TreeSet<>()).add(root);
      }));
      for (Set<Integer> group : bySurname.values()) {
        boolean changed = group.size() > 1;
        while (changed) {
          changed = false;
          List<Integer> roots = group.stream().map(this::find).distinct().sorted().toList();
          outer:
          for (int a = 0; a < roots.size(); a++) {
            for (int b = a + 1; b < roots.size(); b++) {
              Person pa = clusters.get(roots.get(a));
              Person pb = clusters.get(roots.get(b));
              if (pa.agrees(pb) && (givenNamesCompatible(pa, pb) || pa.sharesTitle(pb) && reordered(pa, pb))) {
                union(roots.get(a), roots.get(b));
                clusters.remove(roots.get(b));
                clusters.put(roots.get(a), pa.plus(pb));
                changed = true;
                break outer;
              }
            }
          }
        }
      }
    }

    void surnamesOnly() {
      Map<String, Set<Integer>> byLast = new HashMap<>();
      Map<String, Set<Integer>> byFirst = new HashMap<>();
      clusters.forEach((root, facts) -> {
        for (String f : facts.full) {
          byLast.computeIfAbsent(surname(f), k -> new TreeSet<>()).add(root);
          byFirst.computeIfAbsent(givenName(f), k -> new TreeSet<>()).add(root);
        }
        for (String s : facts.single) {
          byLast.computeIfAbsent(s, k -> new TreeSet<>()).add(root);
        }
      });
      for (int i = 0; i < ps.size(); i++) {
        clusterWeight.merge(find(i), (long) weights.get(ps.get(i)), Long::sum);
      }
      Map<Integer, Integer> joins = new LinkedHashMap<>();
      for (int i : weak) {
        Integer into = uniqueFit(person[i], List.of(byLast, byFirst));
        if (into != null) {
          joins.put(i, into);
        } else {
          Person w = person[i];
          List<String> own = n.personName(ps.get(i).name());
          String word = own.size() == 1 ? own.get(0) : w.single.iterator().next();
          join(i, "surname:" + word + "|" + String.join(",", w.titles) + "|" + String.join(",", w.affiliations));
        }
      }
      joins.forEach((i, root) -> union(root, i));
    }

    /**
     * The one full-name cluster a one-word name belongs to, or null. Looked up as a surname (or an alias)
     * first, then as a first word ("Kishida" of "Kishida Fumio"); within each, clusters sharing the title come
     * before clusters merely not conflicting. The first step with any candidate decides: one is the answer,
     * several are ambiguous.
     */
    /** The only candidate, or the one with {@value #DOMINANCE} times the statements of any other; else null. */
    Integer dominant(Set<Integer> roots) {
      List<Integer> byWeight = new ArrayList<>(roots);
      byWeight.sort(Comparator.comparingLong((Integer r) -> -clusterWeight.getOrDefault(r, 0L)).thenComparing(r -> r));
      if (byWeight.size() == 1 || clusterWeight.getOrDefault(byWeight.get(0), 0L) >= DOMINANCE * clusterWeight.getOrDefault(byWeight.get(1), 0L)) {
        return byWeight.get(0);
      }
      return null;
    }

    Integer uniqueFit(Person w, List<Map<String, Set<Integer>>> indexes) {
      for (Map<String, Set<Integer>> index : indexes) {
        for (boolean sameTitle : new boolean[] {true, false}) {
          Set<Integer> fits = new TreeSet<>();
          for (String s : w.single) {
            for (int root : index.getOrDefault(s, Set.of())) {
              Person c = clusters.get(root);
              if (w.agrees(c) && (!sameTitle || w.sharesTitle(c))) {
                fits.add(root);
              }
            }
          }
          if (!fits.isEmpty()) {
            return dominant(fits);
          }
        }
      }
      return null;
    }

    Map<ActorProfile, Actor> build() {
      Map<Integer, List<Integer>> members = new TreeMap<>();
      for (int i = 0; i < ps.size(); i++) {
        members.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
      }
      record Draft(List<Integer> members, long weight, Actor actor) {}
      List<Draft> drafts = new ArrayList<>();
      for (List<Integer> m : members.values()) {
        Map<String, Long> name = new HashMap<>();
        Map<String, Long> title = new HashMap<>();
        Map<String, Long> affiliation = new HashMap<>();
        boolean anyFull = m.stream().anyMatch(i -> person[i] != null && !person[i].full.isEmpty());
        long total = 0;
        for (int i : m) {
          ActorProfile p = ps.get(i);
          long w = Math.max(1, weights.get(p));
          total += w;
          if (!anyFull || person[i] != null && !person[i].full.isEmpty()) {
            name.merge(p.name(), w, Long::sum);
          }
          if (p.title() != null) {
            title.merge(p.title(), w, Long::sum);
          }
          if (p.affiliation() != null) {
            affiliation.merge(p.affiliation(), w, Long::sum);
          }
        }
        String chosen = mostUsed(name);
        Set<String> others = new TreeSet<>();
        m.forEach(i -> others.add(ps.get(i).name()));
        others.remove(chosen);
        Actor a = new Actor("", chosen, ps.get(m.get(0)).kind(), common(title, total), common(affiliation, total), List.copyOf(others));
        drafts.add(new Draft(m, total, a));
      }
      drafts.sort(Comparator.comparingLong((Draft d) -> -d.weight).thenComparing(d -> d.actor.label()));
      Map<ActorProfile, Actor> out = new LinkedHashMap<>();
      ps.forEach(p -> out.put(p, null));
      for (int k = 0; k < drafts.size(); k++) {
        Actor a = drafts.get(k).actor;
        Actor withId = new Actor("A" + (k + 1), a.name(), a.kind(), a.title(), a.affiliation(), a.aliases());
        drafts.get(k).members.forEach(i -> out.put(ps.get(i), withId));
      }
      return out;
    }
  }

  /** Facts about a person or a cluster of them. */
  private record Person(Set<String> full, Set<String> single, Set<String> titles, Set<String> affiliations) {
    Person plus(Person o) {
      return new Person(union(full, o.full), union(single, o.single), union(titles, o.titles), union(affiliations, o.affiliations));
    }

    /** No conflict: where both know titles they share one, and likewise affiliations. */
    boolean agrees(Person o) {
      return overlapsOrEmpty(titles, o.titles) && overlapsOrEmpty(affiliations, o.affiliations);
    }

    boolean sharesTitle(Person o) {
      return titles.stream().anyMatch(o.titles::contains);
    }

    private static boolean overlapsOrEmpty(Set<String> a, Set<String> b) {
      return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      Set<String> s = new TreeSet<>(a);
      s.addAll(b);
      return s;
    }
  }

  private static String surname(String fullName) {
    return fullName.substring(fullName.lastIndexOf(' ') + 1);
  }

  private static String givenName(String fullName) {
    return fullName.substring(0, fullName.indexOf(' '));
  }

  static boolean givenNamesCompatible(Person a, Person b) {
    for (String fa : a.full) {
      for (String fb : b.full) {
        if (surname(fa).equals(surname(fb)) && givenCompatible(givenName(fa), givenName(fb))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The same words in another order ("Kishida Fumio", "Fumio Kishida"). */
  static boolean reordered(Person a, Person b) {
    for (String fa : a.full) {
      for (String fb : b.full) {
        if (sortedWords(fa).equals(sortedWords(fb))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A key that no surname can equal: the words in alphabetical order behind a space. */
  private static String sortedWords(String fullName) {
    return " " + String.join(" ", new TreeSet<>(List.of(fullName.split(" "))));
  }

  static boolean givenCompatible(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.length() >= 3 && longer.startsWith(shorter)) {
      return true;
    }
    return longer.equals(NICKNAMES.get(shorter)) || Objects.equals(NICKNAMES.get(a), NICKNAMES.get(b)) && NICKNAMES.containsKey(a);
  }

  private static boolean isAcronym(String alias) {
    String s = alias.replace(".", "").replace("&", "");
    return s.length() >= 2 && s.chars().allMatch(Character::isUpperCase);
  }

  /**
   * The most used value when at least {@value #COMMON_PERCENT}% of the occurrences give it, else null: a title
   * or affiliation that extraction gave an actor now and then is noise ("Jake Sullivan (National Security
   * Advisor, South Korea)" in 17 of 733 statements).
   */
  private static String common(Map<String, Long> counts, long total) {
    String best = mostUsed(counts);
    return best != null && counts.get(best) * 100 >= COMMON_PERCENT * total ? best : null;
  }

  /** The key with the highest count; on a tie the longer, then the first in order. Null when there is none. */
  static String mostUsed(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .min(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
            .thenComparing(e -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static Map<String, String> nicknames(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (String p : pairs) {
      String[] w = p.split(" ");
      m.put(w[0], w[1]);
    }
    return Map.copyOf(m);
  }
}
