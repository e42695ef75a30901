package dev.readout.lexicon;

import dev.readout.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Known names of places, nationalities, organisations, titles and honorifics, matched over token
 * sequences. Immutable and thread-safe.
 */
public final class Gazetteer {
  /** A gazetteer entry: its type and canonical name. */
  public record Entry(EntityType type, String canonical, int length) {}

  /** A match over tokens {@code [start, end)}. */
  public record Match(int start, int end, Entry entry) {}

  private final Map<String, List<Entry>> byTokens; // key: tokens joined by a space
  private final Map<String, List<Entry>> byTokensLower; // titles only, case-insensitive
  private final Set<String> honorifics;
  private final Set<String> honorificsLower;
  private final Map<String, String> nationalityCountry;
  private final Set<String> organisationHeads;
  private final Set<String> nameSuffixes;
  /** Seats of government standing for their state ("white house" gives United States), lower case. */
  private final Map<String, String> seats;
  private final KnownPeople people;
  /** Greetings and the like that taggers take for a person, lower case. */
  private final Set<String> notNames;
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.’'-]*[\\p{L}\\p{N}.]|[\\p{L}\\p{N}]");
  /** First words of every entry (titles lower-cased), so that most positions are skipped at once. */
  private final Set<String> firstWords;
  private final int maxLength;

  private Gazetteer(
      Map<String, List<Entry>> byTokens,
      Map<String, List<Entry>> byTokensLower,
      Set<String> honorifics,
      Map<String, String> nationalityCountry,
      Set<String> organisationHeads,
      Set<String> nameSuffixes,
      Map<String, String> seats,
      KnownPeople people,
      Set<String> notNames,
      int maxLength) {
    this.seats = seats;
    this.people = people;
    this.notNames = notNames;
    this.organisationHeads = organisationHeads;
    this.nameSuffixes = nameSuffixes;
    Set<String> first = new HashSet<>();
    for (String k : byTokens.keySet()) {
      first.add(firstWord(k));
    }
    for (String k : byTokensLower.keySet()) {
      first.add(firstWord(k));
    }
    this.firstWords = Set.copyOf(first);
    this.byTokens = byTokens;
    this.byTokensLower = byTokensLower;
    this.honorifics = honorifics;
    Set<String> hl = new HashSet<>();
    honorifics.forEach(h -> hl.add(h.toLowerCase(Locale.ROOT)));
    this.honorificsLower = Set.copyOf(hl);
    this.nationalityCountry = nationalityCountry;
    this.maxLength = maxLength;
  }

  static Gazetteer load(String dir, java.util.Collection<String> extraTitles) {
    Map<String, List<Entry>> exact = new HashMap<>();
    Map<String, List<Entry>> lower = new HashMap<>();
    int[] max = {1};
    java.util.function.BiConsumer<String, Entry> add =
        (surface, e) -> {
          String key = key(surface);
          exact.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
          max[0] = Math.max(max[0], key.split(" ").length);
        };
    for (String[] r : Resources.rows(dir + "places.tsv", 3)) {
      EntityType t = EntityType.valueOf(r[1]);
      add.accept(r[0], new Entry(t, r[2], tokenCount(r[0])));
    }
    Map<String, String> nat = new HashMap<>();
    for (String[] r : Resources.rows(dir + "nationalities.tsv", 2)) {
      add.accept(r[0], new Entry(EntityType.NATIONALITY, r[1], tokenCount(r[0])));
      nat.put(r[0], r[1]);
    }
    for (String[] r : Resources.rows(dir + "organizations.tsv", 2)) {
      add.accept(r[0], new Entry(EntityType.ORGANIZATION, r[1], tokenCount(r[0])));
    }
    List<String> titles = new ArrayList<>(Resources.entries(dir + "titles.txt"));
    titles.addAll(extraTitles);
    for (String title : titles) {
      String key = key(title).toLowerCase(Locale.ROOT);
      lower.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(EntityType.TITLE, title, tokenCount(title)));
      max[0] = Math.max(max[0], key.split(" ").length);
    }
    Set<String> hon = Set.copyOf(Resources.entries(dir + "honorifics.txt"));
    Set<String> heads = Set.copyOf(Resources.entries(dir + "organisation-heads.txt"));
    Set<String> suffixes = Set.copyOf(Resources.entries(dir + "name-suffixes.txt"));
    Map<String, String> seats = new HashMap<>();
    for (String[] r : Resources.rows(dir + "seats.tsv", 2)) {
      seats.put(r[0].toLowerCase(Locale.ROOT), r[1]);
    }
    return new Gazetteer(Map.copyOf(exact), Map.copyOf(lower), hon, Map.copyOf(nat), heads, suffixes, Map.copyOf(seats),
        KnownPeople.load(dir + "people.tsv"), Lexicon.lowerSet(Resources.entries(dir + "not-names.txt")), max[0]);
  }

  /** Words in capitals, each of two letters or more ("NEW DELHI"), not an acronym of one word alone. */
  private static boolean isCapitals(String key) {
    if (!key.contains(" ") && key.length() < 5) {
      return false; // "US", "UAE", "NATO" are names as written
    }
    boolean letters = false;
    for (char c : key.toCharArray()) {
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  private static String titleCase(String key) {
    StringBuilder b = new StringBuilder(key.length());
    boolean start = true;
    for (char c : key.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }

  private static List<Entry> placesOnly(List<Entry> hits) {
    if (hits == null) {
      return null;
    }
    List<Entry> places = hits.stream().filter(e -> e.type() == EntityType.GPE || e.type() == EntityType.LOCATION).toList();
    return places.isEmpty() ? null : places;
  }

  /** The part of a key before its first space or hyphen, lower-cased. */
  private static String firstWord(String key) {
    int cut = key.length();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ' ' || c == '-' || c == '\'' || c == '’') {
        cut = i;
        break;
      }
    }
    return key.substring(0, cut).toLowerCase(Locale.ROOT);
  }

  /** Words of a surface form as the tokenizer would give them: "Secretary-General" stays whole. */
  private static String key(String surface) {
    return String.join(" ", surface.strip().split("\\s+"));
  }

  private static int tokenCount(String s) {
    return key(s).split(" ").length;
  }

  /**
   * The longest entries matching at each position, left to right, without overlaps. Names are
   * matched case-sensitively (so "US" but not "us"), titles case-insensitively.
   */
  public List<Match> match(List<String> tokens) {
    return match(tokens, new boolean[tokens.size()]);
  }

  /**
   * As {@link #match(List)}, where {@code glued[i]} says that token i follows token i-1 with no space
   * between them, so that "Self - Defense" split by a tokenizer still matches "Self-Defense".
   */
  public List<Match> match(List<String> tokens, boolean[] glued) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!firstWords.contains(firstWord(tokens.get(i)))) {
        i++;
        continue;
      }
      Match best = null;
      for (int len = Math.min(maxLength, tokens.size() - i); len >= 1 && best == null; len--) {
        String key = join(tokens, glued, i, i + len);
        List<Entry> hits = byTokens.get(key);
        if (hits == null) {
          hits = byTokensLower.get(key.toLowerCase(Locale.ROOT));
        }
        if (hits == null && len > 1) {
          hits = joinedHyphen(tokens, i, len);
        }
        if (hits == null && isCapitals(key)) {
          hits = placesOnly(byTokens.get(titleCase(key))); // a dateline's "ABU DHABI, 12 May"
        }
        if (hits != null) {
          best = new Match(i, i + len, hits.get(0));
        }
      }
      if (best != null) {
        out.add(best);
        i = best.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private static String join(List<String> tokens, boolean[] glued, int from, int to) {
    StringBuilder b = new StringBuilder(tokens.get(from));
    for (int k = from + 1; k < to; k++) {
      if (!glued[k]) {
        b.append(' ');
      }
      b.append(tokens.get(k));
    }
    return b.toString();
  }

  /** "Secretary - General" split by a tokenizer matches "Secretary-General". */
  private List<Entry> joinedHyphen(List<String> tokens, int i, int len) {
    String joined = String.join("", tokens.subList(i, i + len));
    List<Entry> hits = byTokens.get(joined);
    return hits != null ? hits : byTokensLower.get(joined.toLowerCase(Locale.ROOT));
  }

  /** Whether words a tagger took for a person's name are a greeting or the like ("Namaskar"), never a name. */
  public boolean isNotAName(String words) {
    return notNames.contains(words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }

  /** Well-known office holders and whom they serve ({@code people.tsv}). */
  public KnownPeople people() {
    return people;
  }

  /** "Department", "Ministry": a word that begins the name of a body when "of" or "for" follows. */
  public boolean isOrganisationHead(String token) {
    return organisationHeads.contains(token);
  }

  /** A generational suffix written after a person's name ("Jr.", "Sr."), part of the name but not a name word. */
  public boolean isNameSuffix(String token) {
    return nameSuffixes.contains(token);
  }

  public boolean isHonorific(String token) {
    return honorifics.contains(token) || honorificsLower.contains(token.toLowerCase(Locale.ROOT));
  }

  /**
   * The states an issuer speaks for, by their canonical names: those its name names ("Ministry of Foreign Affairs of
   * Japan", "UK Prime Minister's Office") and those its seat stands for ("The White House", {@code seats.tsv}). Empty for a blank issuer.
   */
  public Set<String> issuerStates(String issuer) {
    Set<String> out = new HashSet<>();
    if (issuer == null || issuer.isBlank()) {
      return Set.of();
    }
    String lower = issuer.toLowerCase(Locale.ROOT);
    seats.forEach((seat, state) -> {
      if (containsWords(lower, seat)) {
        out.add(state);
      }
    });
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(issuer);
    while (m.find()) {
      words.add(m.group());
    }
    statesNamed(words, out);
    return Set.copyOf(out);
  }

  /** The states the words name, by name or adjective, also inside a longer name ("Ministry of Foreign Affairs of Japan"). */
  private void statesNamed(List<String> words, Set<String> out) {
    for (Match g : match(words)) {
      if (g.entry().type() == EntityType.GPE) {
        out.add(g.entry().canonical());
      } else if (g.entry().type() == EntityType.NATIONALITY) {
        countryOf(String.join(" ", words.subList(g.start(), g.end()))).ifPresent(out::add);
      } else if (g.entry().type() == EntityType.ORGANIZATION && g.end() - g.start() > 1) {
        statesNamed(words.subList(g.start() + 1, g.end()), out);
      }
    }
  }

  /** Whether {@code words} occurs in {@code haystack} as whole words. */
  public static boolean containsWords(String haystack, String words) {
    int at = haystack.indexOf(words);
    while (at >= 0) {
      int end = at + words.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
      boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      at = haystack.indexOf(words, at + 1);
    }
    return false;
  }
  /** The country of a nationality adjective ("Japanese" gives "Japan"). */
  public Optional<String> countryOf(String nationality) {
    return Optional.ofNullable(nationalityCountry.get(nationality));
  }

  /** Looks one surface form up: places, nationalities, organisations (exact), titles (any case). */
  public Optional<Entry> lookup(String surface) {
    List<Entry> hits = byTokens.get(key(surface));
    if (hits == null) {
      hits = byTokensLower.get(key(surface).toLowerCase(Locale.ROOT));
    }
    return hits == null ? Optional.empty() : Optional.of(hits.get(0));
  }
}
