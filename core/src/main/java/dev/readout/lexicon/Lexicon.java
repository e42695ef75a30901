package dev.readout.lexicon;

import dev.readout.model.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every word list the rule-based stages use, loaded once from the models module. Immutable and
 * thread-safe.
 */
public final class Lexicon {
  public static final String LEXICON_DIR = "dev/readout/models/lexicon/en/default/";
  public static final String GAZETTEER_DIR = "dev/readout/models/gazetteer/en/default/";

  /** How a cue stands in the sentence. */
  public enum CueKind {
    VERB,
    ADJ,
    NOUN
  }

  /**
   * A reporting cue: its lemmas (head first) and the stance it carries, or empty when content decides; {@code weak}
   * when it counts only as a finite verb, {@code needsClause} when only with a clause after it ("called on X to
   * ...", not a courtesy call "called on X"), {@code needsObject} when only with an object noun of
   * {@code cue-objects.tsv}, finite or not ("sent his condolences", "called to offer his sympathy"; not "offers
   * opportunities").
   */
  public record CueEntry(List<String> lemmas, Optional<Stance> polarity, CueKind kind, boolean weak, boolean needsClause, boolean needsObject) {
    public CueEntry {
      lemmas = List.copyOf(lemmas);
    }

    public String phrase() {
      return String.join(" ", lemmas);
    }
  }

  /** A word that leans a content toward a stance. */
  public record PolarityWord(List<String> lemmas, Stance stance, double weight) {
    public PolarityWord {
      lemmas = List.copyOf(lemmas);
    }
  }

  /** Number and gender of a pronoun: "she" singular FEMALE, "they" plural ANY. */
  public record Pronoun(boolean plural, Gender gender) {}

  private final Map<String, List<CueEntry>> cuesByHead;
  private final Map<String, Stance> cueObjects;
  private final Map<String, List<PolarityWord>> polarityByFirst;
  private final Set<String> negations;
  private final Map<String, Boolean> abbreviations;
  private final Set<String> sentenceStarters;
  private final Set<String> groupNouns;
  private final Set<String> partitives;
  private final Set<String> sharedCues;
  private final Set<String> lightNouns;
  private final Map<String, String> titleSynonyms;
  private final Map<String, Pronoun> pronouns;
  private final Map<String, Gender> honorificGender;
  private final Map<String, Integer> numberWords;
  private final Map<String, Gender> givenNameGender;
  private final Set<String> expressiveCues;
  private final Set<String> meetingVerbs;
  private final Set<String> reciprocalCues;
  private final Set<String> reversers;
  private final Set<String> averters;
  private final Set<String> nonAgents;
  private final Set<String> collectiveNouns;
  private final Map<String, Stance> cueDefaults;
  private final Map<String, String> irregularVerbs;
  private final Gazetteer gazetteer;
  private final Map<String, String> manifests;

  private Lexicon(String lexiconDir, String gazetteerDir) {
    Map<String, List<CueEntry>> cues = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "cues.tsv", 3)) {
      List<String> lemmas = Arrays.asList(r[0].toLowerCase(Locale.ROOT).split(" +"));
      boolean weak = r.length > 3 && "weak".equals(r[3]);
      boolean clause = r.length > 3 && "clause".equals(r[3]);
      boolean object = r.length > 3 && "object".equals(r[3]);
      CueEntry e = new CueEntry(lemmas, stanceOrNone(r[1], lexiconDir + "cues.tsv"), kind(r[2]), weak, clause, object);
      cues.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(e);
    }
    // longest phrases first, so that "call for" wins over a bare "call"
    cues.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
    cues.replaceAll((k, v) -> List.copyOf(v));
    this.cuesByHead = Collections.unmodifiableMap(cues);

    Map<String, Stance> objects = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "cue-objects.tsv", 2)) {
      objects.put(r[0].toLowerCase(Locale.ROOT), Stance.valueOf(r[1]));
    }
    this.cueObjects = Map.copyOf(objects);

    Map<String, List<PolarityWord>> pol = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "polarity.tsv", 3)) {
      List<String> lemmas = Arrays.asList(r[0].toLowerCase(Locale.ROOT).split(" +"));
      PolarityWord w = new PolarityWord(lemmas, Stance.valueOf(r[1]), Double.parseDouble(r[2]));
      pol.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(w);
    }
    pol.replaceAll((k, v) -> List.copyOf(v));
    this.polarityByFirst = Map.copyOf(pol);

    this.negations = lowerSet(Resources.entries(lexiconDir + "negation.txt"));
    Map<String, Boolean> abbr = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "abbreviations.tsv", 2)) {
      abbr.put(r[0], "ambiguous".equals(r[1]));
    }
    this.abbreviations = Map.copyOf(abbr);
    this.sentenceStarters = Set.copyOf(Resources.entries(lexiconDir + "sentence-starters.txt"));
    this.groupNouns = lowerSet(Resources.entries(lexiconDir + "groups.txt"));
    this.partitives = lowerSet(Resources.entries(lexiconDir + "partitives.txt"));
    this.sharedCues = lowerSet(Resources.entries(lexiconDir + "shared-cues.txt"));
    this.lightNouns = lowerSet(Resources.entries(lexiconDir + "light-nouns.txt"));
    Map<String, String> syn = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "title-synonyms.tsv", 2)) {
      syn.put(r[0], r[1]);
    }
    this.titleSynonyms = Map.copyOf(syn);
    Map<String, Pronoun> pr = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "pronouns.tsv", 3)) {
      pr.put(r[0].toLowerCase(Locale.ROOT), new Pronoun("PLURAL".equals(r[1]), Gender.ofCode(r[2].substring(0, 1))));
    }
    this.pronouns = Map.copyOf(pr);
    Map<String, Gender> hg = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "honorific-gender.tsv", 2)) {
      hg.put(r[0], Gender.ofCode(r[1].substring(0, 1)));
    }
    this.honorificGender = Map.copyOf(hg);
    Map<String, Integer> nw = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "number-words.tsv", 2)) {
      nw.put(r[0].toLowerCase(Locale.ROOT), Integer.parseInt(r[1]));
    }
    this.numberWords = Map.copyOf(nw);
    Map<String, Gender> gn = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "given-names.tsv", 2)) {
      gn.put(r[0].toLowerCase(Locale.ROOT), Gender.ofCode(r[1].substring(0, 1)));
    }
    this.givenNameGender = Map.copyOf(gn);
    this.expressiveCues = lowerSet(Resources.entries(lexiconDir + "expressive-cues.txt"));
    this.meetingVerbs = lowerSet(Resources.entries(lexiconDir + "meeting-verbs.txt"));
    this.reciprocalCues = lowerSet(Resources.entries(lexiconDir + "reciprocal-cues.txt"));
    this.reversers = lowerSet(Resources.entries(lexiconDir + "reversers.txt"));
    this.averters = lowerSet(Resources.entries(lexiconDir + "averters.txt"));
    this.nonAgents = lowerSet(Resources.entries(lexiconDir + "non-agents.txt"));
    this.collectiveNouns = lowerSet(Resources.entries(lexiconDir + "collective-nouns.txt"));
    Map<String, Stance> defaults = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "cue-defaults.tsv", 2)) {
      defaults.put(r[0].toLowerCase(Locale.ROOT), Stance.valueOf(r[1]));
    }
    this.cueDefaults = Map.copyOf(defaults);
    Map<String, String> irregular = new HashMap<>();
    for (String[] r : Resources.rows(lexiconDir + "irregular-verbs.tsv", 2)) {
      irregular.put(r[0], r[1]);
    }
    this.irregularVerbs = Map.copyOf(irregular);
    this.gazetteer = Gazetteer.load(gazetteerDir, titleSynonyms.keySet());
    Map<String, String> ids = new java.util.LinkedHashMap<>();
    for (String dir : List.of(lexiconDir, gazetteerDir)) {
      Map<String, String> m = Resources.manifest(dir + "manifest.json");
      ids.put(m.getOrDefault("task", dir), m.getOrDefault("id", "?") + "@" + m.getOrDefault("version", "?"));
    }
    this.manifests = java.util.Collections.unmodifiableMap(ids);
  }

  /** Loads the lexicons and gazetteer that ship in readout-models. */
  public static Lexicon loadDefault() {
    return new Lexicon(LEXICON_DIR, GAZETTEER_DIR);
  }

  private static Optional<Stance> stanceOrNone(String s, String resource) {
    if ("NONE".equals(s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Stance.valueOf(s));
    } catch (IllegalArgumentException e) {
      throw new ModelLoadException(resource + ": unknown polarity '" + s + "'");
    }
  }

  private static CueKind kind(String s) {
    try {
      return CueKind.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new ModelLoadException("cues.tsv: unknown cue kind '" + s + "'");
    }
  }

  /** The items in lower case, as a set: how word lists of the lexicon and the gazetteer are kept. */
  static Set<String> lowerSet(List<String> items) {
    Set<String> s = new HashSet<>();
    items.forEach(i -> s.add(i.toLowerCase(Locale.ROOT)));
    return Set.copyOf(s);
  }

  /** Cue entries whose head lemma is {@code lemma}, longest first. */
  public List<CueEntry> cuesWithHead(String lemma) {
    return cuesByHead.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** The cue entry of a lemma phrase as statements record it ("call for"), if the lexicon has it. */
  public Optional<CueEntry> cue(String phrase) {
    String head = phrase.split(" ")[0];
    return cuesWithHead(head).stream().filter(e -> e.phrase().equals(phrase)).findFirst();
  }

  public Optional<Stance> cueObjectPolarity(String nounLemma) {
    return Optional.ofNullable(cueObjects.get(nounLemma.toLowerCase(Locale.ROOT)));
  }

  public List<PolarityWord> polarityStartingWith(String lemma) {
    return polarityByFirst.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  public boolean isNegation(String lemma) {
    return has(negations, lemma);
  }

  /** Empty when not an abbreviation; true when it may also end a sentence. */
  public Optional<Boolean> abbreviation(String word) {
    return Optional.ofNullable(abbreviations.get(word));
  }

  public boolean isSentenceStarter(String word) {
    return sentenceStarters.contains(word);
  }

  /** "Some", "Several", "Other": a word that takes part of a group ("Some Leaders expressed ..."). */
  public boolean isPartitive(String word) {
    return has(partitives, word);
  }

  /** A cue whose "with Y" makes Y a speaker too ("discussed with Y"), unlike "agreed with Y that". */
  public boolean isSharedCue(String lemma) {
    return has(sharedCues, lemma);
  }

  /** "importance", "need", "role": a noun whose "of"/"for" phrase is what the statement is about. */
  public boolean isLightNoun(String lemma) {
    return has(lightNouns, lemma);
  }

  public boolean isGroupNoun(String lemma) {
    return has(groupNouns, lemma);
  }

  public Optional<String> titleSynonym(String shortForm) {
    return Optional.ofNullable(titleSynonyms.get(shortForm));
  }

  public Optional<Pronoun> pronoun(String word) {
    return Optional.ofNullable(pronouns.get(word.toLowerCase(Locale.ROOT)));
  }

  /** The gender a given name usually carries ("Jutta" F), when it leans clearly one way. */
  public Optional<Gender> givenNameGender(String givenName) {
    return Optional.ofNullable(givenNameGender.get(givenName.toLowerCase(Locale.ROOT)));
  }

  /** The gender an honorific tells ("Mrs." FEMALE), if it tells one. */
  public Optional<Gender> honorificGender(String honorific) {
    return Optional.ofNullable(honorificGender.get(honorific));
  }

  /** Whether the cue's object noun decides its stance ("expressed concern"). */
  public boolean isExpressiveCue(String lemma) {
    return has(expressiveCues, lemma);
  }

  /** "three" gives 3: the count in "the three ministers". */
  public Optional<Integer> numberWord(String word) {
    return Optional.ofNullable(numberWords.get(word.toLowerCase(Locale.ROOT)));
  }

  /** Whether a cue is done together ("discuss", "agree"): after "X met Y and ...", both speak. */
  public boolean isReciprocalCue(String lemma) {
    return has(reciprocalCues, lemma);
  }

  /** "met", "convened": verbs whose partners join the statement of a cue that depends on them. */
  public boolean isMeetingVerb(String lemma) {
    return has(meetingVerbs, lemma);
  }

  /** "end", "cease": a SUPPORT word after one of these counts as OPPOSE ("end its support"). */
  public boolean isReverser(String lemma) {
    return has(reversers, lemma);
  }

  /** The id and version of each loaded lexicon, by task: {"lexicon": "lexicon-en-default@1", ...}. */
  public Map<String, String> modelIds() {
    return manifests;
  }

  /** "delegation", "side", "official": people speaking for the state named before them. */
  public boolean isCollectiveNoun(String lemma) {
    return has(collectiveNouns, lemma);
  }

  /** The stance a cue leans to when its content says nothing either way ("reaffirmed" leans SUPPORT). */
  public Optional<Stance> cueDefault(String cuePhrase) {
    return Optional.ofNullable(cueDefaults.get(cuePhrase.toLowerCase(Locale.ROOT)));
  }

  /** The lemma of an irregular verb form ("said" gives "say"). */
  public Optional<String> irregularLemma(String form) {
    return Optional.ofNullable(irregularVerbs.get(form.toLowerCase(Locale.ROOT)));
  }

  /** Whether the lexicons know this lemma as a cue head or a polarity word. */
  public boolean isKnownLemma(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return cuesByHead.containsKey(l) || polarityByFirst.containsKey(l) || meetingVerbs.contains(l) || reversers.contains(l);
  }

  /** "attack", "act", "measure": a noun of an act or a thing, which never speaks ("barbaric acts committed against ..."). */
  public boolean isNonAgent(String lemma) {
    return has(nonAgents, lemma);
  }

  /** "prevent", "counter": an OPPOSE word after one of these counts as SUPPORT ("prevent a war"). */
  public boolean isAverter(String lemma) {
    return has(averters, lemma);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  private static boolean has(Set<String> lowerCased, String word) {
    return lowerCased.contains(word.toLowerCase(Locale.ROOT));
  }
}
