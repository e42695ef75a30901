package dev.readout.aggregate;

import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.Resources;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the surface forms of names, titles and targets into comparable words: lower case, no diacritics, no
 * periods ("H.E." gives "he", "U.S." gives "us"), no possessive ("Biden's" gives "biden"), other punctuation
 * as spaces, hyphens and inner apostrophes kept ("Sherwood-Randall", "O'Brien"). For person names it also drops
 * leading honorifics ("Mr.", "H.E.", "His Excellency"), leading titles of office ("President", "Secretary of
 * Energy"), trailing generational suffixes ("Jr.", "III") and single-letter initials. Immutable and thread-safe.
 */
final class NameNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s?(?=\\s|$)");
  private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}'\\-\\s]+");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your");

  private final List<String> honorificSurfaces;
  private final List<String> titleSurfaces;
  /** Honorifics and titles as word lists, longest first, so that the longest one is stripped. */
  private final List<List<String>> honorifics;
  private final List<List<String>> titles;

  NameNormalizer(Collection<String> honorifics, Collection<String> titles) {
    this.honorificSurfaces = List.copyOf(honorifics);
    this.titleSurfaces = List.copyOf(titles);
    this.honorifics = phrases(honorifics);
    this.titles = phrases(titles);
  }

  /** With the honorifics and titles of the bundled English gazetteer. */
  static NameNormalizer bundled() {
    return new NameNormalizer(
        Resources.entries(Lexicon.GAZETTEER_DIR + "honorifics.txt"),
        Resources.entries(Lexicon.GAZETTEER_DIR + "titles.txt"));
  }

  /** The same normaliser that also knows these titles (as found on the corpus's actors). */
  NameNormalizer withTitles(Collection<String> more) {
    List<String> all = new ArrayList<>(titleSurfaces);
    all.addAll(more);
    return new NameNormalizer(honorificSurfaces, all);
  }

  private static List<List<String>> phrases(Collection<String> surfaces) {
    Set<List<String>> seen = new HashSet<>();
    for (String s : surfaces) {
      List<String> w = words(s);
      if (!w.isEmpty()) {
        seen.add(w);
      }
    }
    List<List<String>> out = new ArrayList<>(seen);
    out.sort((a, b) -> b.size() != a.size() ? Integer.compare(b.size(), a.size()) : String.join(" ", a).compareTo(String.join(" ", b)));
    return List.copyOf(out);
  }

  /** The comparable words of any text. */
  static List<String> words(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace(".", "");
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = OTHER.matcher(s).replaceAll(" ");
    List<String> out = new ArrayList<>();
    for (String w : s.strip().split("\\s+")) {
      String t = stripEdges(w);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static String stripEdges(String w) {
    int b = 0;
    int e = w.length();
    while (b < e && (w.charAt(b) == '\'' || w.charAt(b) == '-')) {
      b++;
    }
    while (e > b && (w.charAt(e - 1) == '\'' || w.charAt(e - 1) == '-')) {
      e--;
    }
    return w.substring(b, e);
  }

  /** The comparable form of any text, its words joined by one space. */
  static String text(String text) {
    return String.join(" ", words(text));
  }

  /**
   * A target's text without leading determiners ("the importance" and "its importance" give "importance");
   * empty when nothing else is left ("the", "their"), since a determiner alone names nothing.
   */
  static String target(String text) {
    List<String> w = words(text);
    int i = 0;
    while (i < w.size() && DETERMINERS.contains(w.get(i))) {
      i++;
    }
    return String.join(" ", w.subList(i, w.size()));
  }

  /** A title's comparable form ("Vice-President" and "vice president" are one title). */
  static String title(String title) {
    return title == null ? "" : String.join(" ", words(title.replace('-', ' ')));
  }

  /**
   * The words of a person's name with honorifics, titles, suffixes and initials removed: "H.E. President
   * Joseph R. Biden, Jr." gives [joseph, biden]; a title alone ("the Vice President") gives no words.
   */
  List<String> personName(String surface) {
    List<String> w = new ArrayList<>(words(surface));
    if (!w.isEmpty() && w.get(0).equals("the")) {
      w.remove(0);
    }
    boolean stripped = true;
    while (stripped && !w.isEmpty()) {
      stripped = stripPrefix(w, honorifics) || stripPrefix(w, titles);
    }
    while (!w.isEmpty() && SUFFIXES.contains(w.get(w.size() - 1))) {
      w.remove(w.size() - 1);
    }
    w.removeIf(x -> x.length() == 1);
    return w;
  }

  private static boolean stripPrefix(List<String> w, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      if (p.size() <= w.size() && w.subList(0, p.size()).equals(p)) {
        w.subList(0, p.size()).clear();
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "NameNormalizer[" + honorifics.size() + " honorifics, " + titles.size() + " titles]";
  }
}
