package dev.readout.aggregate;

import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.Resources;
import dev.readout.model.Actor;
import dev.readout.model.Target;
import dev.readout.stance.TargetLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalised head phrase an issue target is counted by: lower-case lemmas, without determiners, pronouns,
 * possessors, numbers, vague adjectives ({@code vague-adjectives.txt}: "continued", "strong") and the light and
 * attitude nouns the target finder looks through ({@code light-nouns.txt}, the attitude and recipient nouns of
 * {@code target-words.tsv}, the nouns of {@code cue-objects.tsv}: "importance", "commitment"), and its topic nouns
 * ("close touch", "their vision"). "Russia's
 * continued war" and "the war" give "war"; "the security issue" gives "security"; "their", "the importance"
 * and "her commitment" give nothing.
 *
 * <p>A target that carries its head (written by the pipeline since targets have one) is counted by that head,
 * filtered as above (nothing when nothing is left); a target without one (an older file) by its words, read the way the pipeline reads a phrase: the first noun chunk up to a preposition, conjunction or
 * punctuation, seen through a light or attitude noun followed by "of", "for", "to" ... ("the need for a lasting
 * ceasefire" gives "lasting ceasefire"), plural nouns made singular. Immutable and thread-safe.
 */
public final class IssueHead {
  /** Words that name nothing by themselves: determiners, pronouns, quantifiers, question words. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
      "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "one", "ones", "itself", "themselves",
      "all", "some", "any", "each", "every", "both", "either", "neither", "no", "more", "most", "much", "few",
      "less", "least", "another", "such", "what", "how", "why", "whether", "which", "who", "whom", "whose",
      "where", "when", "there", "here", "million", "billion", "trillion", "thousand", "hundred", "dozen", "dozens");
  /** Words that end a noun chunk: prepositions, conjunctions, relative words. */
  private static final Set<String> CUTS = Set.of(
      "of", "in", "on", "for", "to", "between", "with", "against", "from", "into", "across", "toward", "towards",
      "within", "among", "at", "about", "over", "around", "throughout", "regarding", "concerning", "under", "by",
      "during", "through", "after", "before", "amid", "including", "like", "as", "than", "via", "upon", "beyond",
      "despite", "behind", "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "where", "when",
      "while", "whether", "if", "because", "so", "is", "are", "was", "were", "be", "will", "would", "can", "could",
      "should", "must", "may", "might", "has", "have", "had");
  /** The prepositions a light or attitude noun is seen through, as the target finder does. */
  private static final Set<String> SEE_THROUGH_PREPS = Set.of(
      "of", "for", "to", "on", "about", "over", "with", "regarding", "concerning", "at", "in", "toward", "towards",
      "around", "behind");
  private static final Set<String> CUT_MARKS = Set.of(",", ";", ":", "(", ")", "[", "]", "—", "–", "!", "?");
  private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
      "children", "child", "women", "woman", "men", "man", "crises", "crisis", "analyses", "analysis",
      "series", "series", "species", "species", "news", "news", "means", "means");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}.'’\\-]*|[^\\s\\p{L}\\p{N}]");
  private static final int MAX_DEPTH = 6;

  private final Predicate<String> seeThrough;
  private final Set<String> vague;

  IssueHead(Predicate<String> seeThrough, Set<String> vague) {
    this.seeThrough = seeThrough;
    this.vague = Set.copyOf(vague);
  }

  /** With the bundled English lexicon. */
  public static IssueHead bundled() {
    TargetLexicon words = TargetLexicon.of(Lexicon.loadDefault());
    // the topic nouns too: "close touch", "their vision", "opportunities" name no issue by themselves
    return new IssueHead(w -> words.isSeeThroughNoun(w) || words.is(TargetLexicon.WordClass.TOPIC_NOUN, w),
        Set.copyOf(Resources.entries(Lexicon.LEXICON_DIR + "vague-adjectives.txt")));
  }

  /**
   * The head phrase of a target: from its head when it has one (the pipeline's reading: "the U.S. commitment" has the
   * head "commitment", which names nothing), else from its words; "" for none.
   */
  String of(Target t) {
    return t.head() == null ? ofText(t.text()) : ofHead(t.head());
  }

  /** A pipeline head ("continued u.s. support", already lemmas) filtered: "us" here; "" when nothing is left. */
  String ofHead(String head) {
    List<String> words = new ArrayList<>();
    for (String w : head.strip().split("\\s+")) {
      String k = word(w);
      if (!k.isEmpty() && !isFiller(w, k)) {
        words.add(k);
      }
    }
    return withoutTrailingLightNouns(words);
  }

  /** A target's words read as the pipeline reads a phrase; "" when they name nothing. */
  String ofText(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return ofTokens(tokens, 0, 0);
  }

  private String ofTokens(List<String> tokens, int from, int depth) {
    int i = from;
    while (i < tokens.size() && isCut(tokens.get(i))) {
      i++; // "to end the war", "and the region": a leading preposition or conjunction starts nothing
    }
    List<String> chunk = new ArrayList<>();
    for (; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (CUT_MARKS.contains(t) || !chunk.isEmpty() && isCut(t)) {
        break;
      }
      if (Character.isLetterOrDigit(t.codePointAt(0))) {
        chunk.add(t);
      }
    }
    int possessor = -1;
    for (int k = 0; k < chunk.size(); k++) {
      if (isPossessive(chunk.get(k))) {
        possessor = k;
      }
    }
    List<String> words = new ArrayList<>();
    for (String raw : chunk.subList(possessor + 1, chunk.size())) {
      String k = word(raw);
      if (!k.isEmpty() && !isFiller(raw, k)) {
        words.add(Character.isUpperCase(raw.codePointAt(0)) ? k : singular(k));
      }
    }
    boolean light = !words.isEmpty() && seeThrough.test(words.get(words.size() - 1)) || words.isEmpty() && !chunk.isEmpty();
    if (light && depth < MAX_DEPTH && i < tokens.size() && SEE_THROUGH_PREPS.contains(lower(tokens.get(i)))) {
      String inner = ofTokens(tokens, i + 1, depth + 1); // "the need for X", "their commitment to X": X
      if (!inner.isEmpty()) {
        return inner;
      }
    }
    return withoutTrailingLightNouns(words);
  }

  /**
   * Whether a target with an actor is the actor itself rather than an act of it: its words or head are the
   * actor's name, an alias or its title ("the Vice President", "the student leaders"), or it is a name only, every
   * word after a possessor capitalised ("President Biden"). "Russia's war in Ukraine" and "the U.S. commitment"
   * are acts.
   */
  boolean isActorItself(Target t, Actor a) {
    List<String> forms = new ArrayList<>();
    forms.add(words(t.text()));
    if (t.head() != null) {
      forms.add(words(t.head()));
    }
    List<String> names = new ArrayList<>(a.aliases());
    names.add(a.name());
    if (a.title() != null) {
      names.add(a.title());
    }
    for (String n : names) {
      String name = words(n);
      if (!name.isEmpty() && forms.contains(name)) {
        return true;
      }
    }
    Matcher m = TOKEN.matcher(t.text());
    boolean named = false;
    while (m.find()) {
      String raw = m.group();
      if (isPossessive(raw)) {
        named = false; // what follows "Russia's" decides
      } else if (Character.isLetter(raw.codePointAt(0)) && !FUNCTION_WORDS.contains(lower(raw))) {
        if (!Character.isUpperCase(raw.codePointAt(0))) {
          return false;
        }
        named = true;
      }
    }
    return named;
  }

  /** Whether a head phrase is only the actor's name or an alias ("the U.S. commitment" gives "us"): no issue of its own. */
  boolean isActorName(String issue, Actor a) {
    if (ofText(a.name()).equals(issue)) {
      return true;
    }
    for (String alias : a.aliases()) {
      if (ofText(alias).equals(issue)) {
        return true;
      }
    }
    return false;
  }

  /** Any phrase as comparable words: no function words, each word singular ("the student leaders": "student leader"). */
  private String words(String phrase) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(phrase);
    while (m.find()) {
      String k = word(m.group());
      if (!k.isEmpty() && !FUNCTION_WORDS.contains(lower(m.group()))) {
        out.add(singular(k));
      }
    }
    return String.join(" ", out);
  }

  private boolean isFiller(String raw, String k) {
    String plain = lower(raw);
    return FUNCTION_WORDS.contains(plain) || vague.contains(k) || Character.isDigit(k.codePointAt(0));
  }

  private String withoutTrailingLightNouns(List<String> words) {
    int end = words.size();
    while (end > 0 && seeThrough.test(words.get(end - 1))) {
      end--; // "the security issue": security
    }
    return String.join(" ", words.subList(0, end));
  }

  private static boolean isCut(String token) {
    return CUTS.contains(lower(token));
  }

  private static boolean isPossessive(String token) {
    String l = lower(token);
    return l.endsWith("'s") || l.endsWith("s'");
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** One token as a comparable word ({@link NameNormalizer#words}: "U.S." gives "us", "Côte" gives "cote"); "" for punctuation. */
  static String word(String token) {
    return String.join(" ", NameNormalizer.words(token));
  }

  /** A plural noun's singular by rule ("ties" tie, "allies" ally, "approaches" approach); other words as they are. */
  static String singular(String w) {
    String irregular = IRREGULAR_PLURALS.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics")) {
      return w;
    }
    if (w.endsWith("ies")) {
      return w.length() <= 4 ? w.substring(0, w.length() - 1) : w.substring(0, w.length() - 3) + "y";
    }
    for (String end : new String[] {"sses", "shes", "ches", "xes", "zes"}) {
      if (w.endsWith(end)) {
        return w.substring(0, w.length() - 2);
      }
    }
    return w.substring(0, w.length() - 1);
  }
}
