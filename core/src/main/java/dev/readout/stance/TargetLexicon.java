package dev.readout.stance;

import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.ModelLoadException;
import dev.readout.lexicon.Resources;
import dev.readout.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that steer a statement's target, from {@code target-words.tsv} (classes attitude, recipient,
 * light-verb, clause-verb, stop-verb, call-cue, vague-noun, listener-cue, desire-cue, appraise-cue, topic-noun), {@code light-nouns.txt}, the attitude nouns of
 * {@code cue-objects.tsv} and {@code vague-adjectives.txt}. Immutable and thread-safe.
 */
public final class TargetLexicon {
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.’'-]*[\\p{L}\\p{N}.]|[\\p{L}\\p{N}]");
  /** The classes of {@code target-words.tsv}. */
  public enum WordClass {
    ATTITUDE,
    RECIPIENT,
    LIGHT_VERB,
    CLAUSE_VERB,
    STOP_VERB,
    CALL_CUE,
    VAGUE_NOUN,
    LISTENER_CUE,
    DESIRE_CUE,
    APPRAISE_CUE,
    TOPIC_NOUN,
    UNDO_VERB
  }

  private final Lexicon lexicon;
  private final Map<WordClass, Set<String>> classes;
  private final Set<String> vagueAdjectives;
  private final Map<String, String> seats;

  private TargetLexicon(Lexicon lexicon, Map<WordClass, Set<String>> classes, Set<String> vagueAdjectives, Map<String, String> seats) {
    this.lexicon = lexicon;
    this.classes = classes;
    this.vagueAdjectives = vagueAdjectives;
    this.seats = seats;
  }

  /** The target words that ship beside the default lexicon. */
  public static TargetLexicon of(Lexicon lexicon) {
    String resource = Lexicon.LEXICON_DIR + "target-words.tsv";
    Map<WordClass, Set<String>> m = new HashMap<>();
    int row = 0;
    for (String[] r : Resources.rows(resource, 2)) {
      row++;
      WordClass c;
      try {
        c = WordClass.valueOf(r[1].toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new ModelLoadException(resource + ": entry " + row + ": unknown class '" + r[1] + "'");
      }
      m.computeIfAbsent(c, k -> new HashSet<>()).add(r[0].toLowerCase(Locale.ROOT));
    }
    Map<WordClass, Set<String>> frozen = new HashMap<>();
    for (WordClass c : WordClass.values()) {
      frozen.put(c, Set.copyOf(m.getOrDefault(c, Set.of())));
    }
    Set<String> vague = new HashSet<>();
    Resources.entries(Lexicon.LEXICON_DIR + "vague-adjectives.txt").forEach(w -> vague.add(w.toLowerCase(Locale.ROOT)));
    Map<String, String> seats = new HashMap<>();
    for (String[] r : Resources.rows(Lexicon.GAZETTEER_DIR + "seats.tsv", 2)) {
      seats.put(r[0].toLowerCase(Locale.ROOT), r[1]);
    }
    return new TargetLexicon(lexicon, Map.copyOf(frozen), Set.copyOf(vague), Map.copyOf(seats));
  }

  /** An adjective that says how, not what ("continued", "steady"): left out of a normalised head. */
  public boolean isVagueAdjective(String word) {
    return vagueAdjectives.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The states an issuer speaks for, by their canonical names: those its name names ("Ministry of Foreign Affairs of
   * Japan", "UK Prime Minister's Office") and those its seat stands for ("The White House", {@code seats.tsv}).
   */
  public Set<String> issuerStates(String issuer) {
    Set<String> out = new HashSet<>();
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
    for (Gazetteer.Match g : lexicon.gazetteer().match(words)) {
      if (g.entry().type() == EntityType.GPE) {
        out.add(g.entry().canonical());
      } else if (g.entry().type() == EntityType.NATIONALITY) {
        lexicon.gazetteer().countryOf(String.join(" ", words.subList(g.start(), g.end()))).ifPresent(out::add);
      }
    }
    return Set.copyOf(out);
  }

  /** Whether {@code words} occurs in {@code haystack} as whole words. */
  static boolean containsWords(String haystack, String words) {
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

  public Lexicon lexicon() {
    return lexicon;
  }

  public boolean is(WordClass c, String lemma) {
    return classes.get(c).contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A noun to look through: light ("the importance of X") or the speaker's attitude ("its support for X"). */
  public boolean isSeeThroughNoun(String lemma) {
    return lexicon.isLightNoun(lemma) || is(WordClass.ATTITUDE, lemma) || is(WordClass.RECIPIENT, lemma)
        || lexicon.cueObjectPolarity(lemma).isPresent();
  }
}
