package dev.readout.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.lexicon.ModelLoadException;
import dev.readout.lexicon.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readout-like documents (calls, meetings, statements, press conferences) generated from the templates and
 * vocabularies under {@code dev/readout/corpus/synthetic/}: for benchmarks at a scale no hand-made corpus has.
 * The text reads like the genre but says nothing true. Deterministic: document {@code i} of seed {@code s} is
 * the same on every JVM and does not depend on the documents before it. Immutable and thread-safe.
 */
public final class SyntheticCorpus {
  private static final String BASE = "dev/readout/corpus/synthetic/";
  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z_]+)(?:\\.([a-z]+))?}");
  private static final Set<String> SPEAKER_FIELDS = Set.of("his", "he", "poss", "state", "office", "demonym", "capital");
  private static final List<String> GENRES = List.of("call", "meeting", "statement", "press");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Shortest and longest target length in words; a document ends at the first sentence past its target. */
  static final int MIN_WORDS = 150;

  static final int MAX_WORDS = 1500;

  /** A generated document. */
  public record Document(String id, String date, String title, String issuer, String genre, String text) {
    public Document {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(genre, "genre");
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("document " + id + " has no text");
      }
    }

    /** Whitespace-separated words of the text. */
    public int words() {
      return count(text);
    }
  }

  private record Person(String region, boolean female, String given, String family) {}

  private record State(String region, String name, String demonym, String capital) {}

  private record Office(String title, String shortTitle, String rank) {}

  private record Organisation(String name, String headTitle, String shortName, String region, String seat) {}

  /** A speaker of one document: how to name them the first time and after. */
  private record Speaker(String full, String shortTitle, String family, boolean female, String rank, String state, String office,
      String demonym, String capital, String possessive) {}

  private final List<Person> people;
  private final List<State> states;
  private final List<Office> offices;
  private final List<Organisation> organisations;
  private final Map<String, List<String>> templates;
  private final Map<String, List<String>> vocab;

  private SyntheticCorpus(List<Person> people, List<State> states, List<Office> offices, List<Organisation> organisations,
      Map<String, List<String>> templates, Map<String, List<String>> vocab) {
    this.people = List.copyOf(people);
    this.states = List.copyOf(states);
    this.offices = List.copyOf(offices);
    this.organisations = List.copyOf(organisations);
    this.templates = Map.copyOf(templates);
    this.vocab = Map.copyOf(vocab);
  }

  /**
   * Loads the templates and vocabularies from the classpath; every slot that a template or a vocabulary line
   * names must have its {@code vocab/NAME.txt}.
   *
   * @throws ModelLoadException naming the resource that is missing or malformed
   */
  public static SyntheticCorpus load() {
    List<Person> people = table("names.tsv", 4).stream().map(r -> new Person(r[0], r[1].equals("f"), r[2], r[3])).toList();
    List<State> states = table("states.tsv", 4).stream().map(r -> new State(r[0], r[1], r[2], r[3])).toList();
    List<Office> offices = table("offices.tsv", 3).stream().map(r -> new Office(r[0], r[1], r[2])).toList();
    List<Organisation> orgs = table("organisations.tsv", 5).stream().map(r -> new Organisation(r[0], r[1], r[2], r[3], r[4])).toList();
    Map<String, List<String>> templates = new LinkedHashMap<>();
    for (String[] r : table("templates.tsv", 2)) {
      templates.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
    }
    for (String g : GENRES) {
      for (String kind : List.of("title-" + g, "opening-" + g)) {
        if (!templates.containsKey(kind)) {
          throw new ModelLoadException(BASE + "templates.tsv: no template of kind '" + kind + "'");
        }
      }
    }
    for (String kind : List.of("body", "solo", "quote", "press", "closing")) {
      if (!templates.containsKey(kind)) {
        throw new ModelLoadException(BASE + "templates.tsv: no template of kind '" + kind + "'");
      }
    }
    Map<String, List<String>> vocab = new HashMap<>();
    List<String> pending = new ArrayList<>();
    templates.values().forEach(pending::addAll);
    pending.add("{heading} {issuer} {when}");
    Set<String> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      String line = pending.remove(pending.size() - 1);
      Matcher m = SLOT.matcher(line);
      while (m.find()) {
        String name = m.group(1);
        if (name.equals("A") || name.equals("B") || name.equals("both")) {
          if (m.group(2) != null && !SPEAKER_FIELDS.contains(m.group(2))) {
            throw new ModelLoadException(BASE + ": unknown speaker field '" + m.group() + "' in: " + line);
          }
          continue;
        }
        if (seen.add(name)) {
          List<String> words = lines("vocab/" + name + ".txt");
          if (words.isEmpty()) {
            throw new ModelLoadException(BASE + "vocab/" + name + ".txt: empty");
          }
          vocab.put(name, words);
          pending.addAll(words);
        }
      }
    }
    if (people.isEmpty() || states.isEmpty() || offices.isEmpty() || orgs.isEmpty()) {
      throw new ModelLoadException(BASE + ": names, states, offices and organisations must not be empty");
    }
    return new SyntheticCorpus(people, states, offices, orgs, templates, vocab);
  }

  /** Document {@code index} (0-based) of the corpus of this seed. */
  public Document document(long seed, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be at least 0, not " + index);
    }
    Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + index);
    String genre = GENRES.get(pick(rnd, new int[] {35, 35, 15, 15}));
    boolean solo = genre.equals("statement");
    Speaker a = speaker(rnd, null, solo ? 30 : 10);
    Speaker b = speaker(rnd, a, 10);
    Doc doc = new Doc(rnd, a, b);
    int target = (int) Math.round(MIN_WORDS * Math.pow((double) MAX_WORDS / MIN_WORDS, Math.pow(rnd.nextDouble(), 1.6)));
    List<String> paragraphs = new ArrayList<>();
    String title = doc.sentence(one(rnd, templates.get("title-" + genre)), false);
    doc.reset(); // the title's mentions do not count: the text names everyone in full again
    List<String> paragraph = new ArrayList<>();
    paragraph.add(doc.sentence(one(rnd, templates.get("opening-" + genre)), true));
    int words = count(paragraph.get(0));
    int inParagraph = 1 + rnd.nextInt(4);
    boolean headings = target > 600;
    List<String> headingsLeft = new ArrayList<>(vocab.get("heading"));
    int paragraphsSinceHeading = 0;
    String body = solo ? "solo" : "body";
    int quoteShare = genre.equals("press") ? 35 : solo ? 15 : 8;
    while (words < target) {
      String kind = rnd.nextInt(100) < quoteShare ? "quote" : genre.equals("press") && rnd.nextInt(3) == 0 ? "press" : body;
      String s = doc.sentence(one(rnd, templates.get(kind)), true);
      paragraph.add(s);
      words += count(s);
      if (paragraph.size() >= inParagraph) {
        paragraphs.add(String.join(" ", paragraph));
        paragraph = new ArrayList<>();
        inParagraph = 1 + rnd.nextInt(5);
        paragraphsSinceHeading++;
        if (headings && paragraphsSinceHeading >= 2 + rnd.nextInt(3) && !headingsLeft.isEmpty() && words < target - 80) {
          String h = headingsLeft.remove(rnd.nextInt(headingsLeft.size()));
          paragraphs.add(h);
          words += count(h);
          paragraphsSinceHeading = 0;
        }
      }
    }
    if (!solo) {
      paragraph.add(doc.sentence(one(rnd, templates.get("closing")), true));
    }
    if (!paragraph.isEmpty()) {
      paragraphs.add(String.join(" ", paragraph));
    }
    String date = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(5 * 365)).toString();
    String issuer = (a.state().isEmpty() ? "" : a.possessive() + " ") + one(rnd, vocab.get("issuer"));
    return new Document(String.format(Locale.ROOT, "synthetic-%d-%05d", seed, index), date, title, issuer, genre,
        String.join("\n\n", paragraphs));
  }

  /** Writes documents {@code 0..count-1} of the seed as JSON Lines: id, date, title, issuer, genre, text. */
  public void writeJsonLines(long seed, int count, Writer out) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, not " + count);
    }
    try {
      for (int i = 0; i < count; i++) {
        Document d = document(seed, i);
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id()).put("date", d.date()).put("title", d.title()).put("issuer", d.issuer()).put("genre", d.genre())
            .put("text", d.text());
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Mentions of the speakers so far in one document: the first is in full, later ones short. */
  private final class Doc {
    private final Random rnd;
    private final Speaker a;
    private final Speaker b;
    private final Set<Speaker> named = new HashSet<>();

    Doc(Random rnd, Speaker a, Speaker b) {
      this.rnd = rnd;
      this.a = a;
      this.b = b;
    }

    void reset() {
      named.clear();
    }

    String sentence(String template, boolean capitalise) {
      String s = expand(template, 0);
      return capitalise && !s.isEmpty() && Character.isLowerCase(s.charAt(0)) ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    private String expand(String template, int depth) {
      if (depth > 5) {
        throw new IllegalStateException("slots nested too deep in: " + template);
      }
      Matcher m = SLOT.matcher(template);
      StringBuilder out = new StringBuilder();
      int last = 0;
      while (m.find()) {
        out.append(template, last, m.start());
        boolean possessive = template.startsWith("'s", m.end());
        String name = m.group(1);
        String field = m.group(2);
        String value;
        int end = m.end();
        if (name.equals("A") || name.equals("B")) {
          Speaker sp = name.equals("A") ? a : b;
          // a pronoun only where it reads well: as a possessive, or as the subject that opens a sentence alone
          boolean pronoun = possessive || (m.start() == 0 && !template.startsWith(" and", m.end()));
          value = field == null ? mention(sp, possessive, pronoun) : field(sp, field);
          if (possessive && field == null) {
            end += 2;
          }
        } else if (name.equals("both")) {
          value = both();
        } else {
          value = expand(one(rnd, vocab.get(name)), depth + 1);
        }
        out.append(value);
        last = end;
      }
      out.append(template.substring(last));
      return out.toString();
    }

    private String mention(Speaker sp, boolean possessive, boolean pronounAllowed) {
      String name;
      if (named.add(sp)) {
        name = sp.full();
      } else {
        int r = rnd.nextInt(10);
        if (r < 2 && pronounAllowed) {
          return possessive ? (sp.female() ? "her" : "his") : sp.female() ? "she" : "he";
        }
        name = r < 7 || sp.family().isEmpty() ? sp.shortTitle() + " " + sp.family() : "the " + sp.shortTitle();
        name = name.strip();
      }
      return possessive ? name + "'s" : name;
    }

    private String field(Speaker sp, String field) {
      return switch (field) {
        case "his" -> sp.female() ? "her" : "his";
        case "he" -> sp.female() ? "she" : "he";
        case "poss" -> sp.possessive();
        case "state" -> sp.state().isEmpty() ? sp.possessive().replaceFirst("'s$", "") : sp.state();
        case "office" -> sp.office();
        case "demonym" -> sp.demonym();
        case "capital" -> sp.capital();
        default -> throw new IllegalStateException("unknown speaker field " + field);
      };
    }

    private String both() {
      if (a.rank().equals(b.rank()) && !a.rank().equals("official")) {
        return a.rank().equals("leader") ? "the two leaders" : "the two ministers";
      }
      return switch (rnd.nextInt(3)) {
        case 0 -> "both sides";
        case 1 -> "the two sides";
        default -> "they";
      };
    }
  }

  private Speaker speaker(Random rnd, Speaker other, int orgShare) {
    for (int tries = 0; ; tries++) {
      Speaker s = rnd.nextInt(100) < orgShare ? orgHead(rnd) : official(rnd);
      if (other == null || (!s.family().equals(other.family()) && !s.possessive().equals(other.possessive())) || tries > 20) {
        return s;
      }
    }
  }

  private Speaker official(Random rnd) {
    State st = one(rnd, states);
    List<Person> local = people.stream().filter(p -> p.region().equals(st.region())).toList();
    Person p = one(rnd, local.isEmpty() ? people : local);
    Office o = one(rnd, offices);
    String name = p.given() + " " + p.family();
    String full = rnd.nextBoolean() ? o.title() + " " + name + " of " + st.name() : st.demonym() + " " + o.title() + " " + name;
    String possessive = st.name().endsWith("s") ? st.name() + "'" : st.name() + "'s";
    return new Speaker(full, o.shortTitle(), p.family(), p.female(), o.rank(), st.name(), o.title(), st.demonym(), st.capital(), possessive);
  }

  private Speaker orgHead(Random rnd) {
    Organisation org = one(rnd, organisations);
    Person p = one(rnd, people);
    String name = p.given() + " " + p.family();
    String full = rnd.nextBoolean() ? org.shortName() + " " + org.headTitle() + " " + name : org.headTitle() + " of " + org.name() + " " + name;
    return new Speaker(full, org.headTitle(), p.family(), p.female(), "official", "", org.headTitle(), org.shortName(), org.seat(),
        org.shortName() + "'s");
  }

  private static int count(String s) {
    return s.strip().split("\\s+").length;
  }

  private static int pick(Random rnd, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rnd.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static <T> T one(Random rnd, List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private static List<String[]> table(String name, int columns) {
    return Resources.rows(BASE + name, columns);
  }

  private static List<String> lines(String name) {
    return Resources.entries(BASE + name);
  }
}
