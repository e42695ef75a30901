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

  private TargetLexicon(Lexicon lexicon, Map<WordClass, Set<String>> classes, Set<String> vagueAdjectives) {
    this.lexicon = lexicon;
    this.classes = classes;
    this.vagueAdjectives = vagueAdjectives;
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
    return new TargetLexicon(lexicon, Map.copyOf(frozen), Set.copyOf(vague));
  }

  /** An adjective that says how, not what ("continued", "steady"): left out of a normalised head. */
  public boolean isVagueAdjective(String word) {
    return vagueAdjectives.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The states an issuer speaks for: {@link Gazetteer#issuerStates}. */
  public Set<String> issuerStates(String issuer) {
    return lexicon.gazetteer().issuerStates(issuer);
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
