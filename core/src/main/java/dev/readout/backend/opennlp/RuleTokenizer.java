package dev.readout.backend.opennlp;

import dev.readout.lexicon.Lexicon;
import dev.readout.sentences.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule tokenizer for the fast profile: white space, then leading and trailing punctuation peeled off
 * each word, a final period kept on abbreviations from the lexicon and on initials ("Mr.", "U.S.", "J."),
 * slashes and dashes between words split. Hyphenated words stay whole ("Self-Defense"). Stateless and
 * thread-safe.
 */
final class RuleTokenizer {
  private static final String LEADING = "\"“‘'([{«";
  private static final String TRAILING = ".,;:!?\"”’')]}»";
  private static final Pattern INITIALS = Pattern.compile("(?:[A-Za-z]\\.)+");

  private final Lexicon lexicon;

  RuleTokenizer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Token spans as {begin, end} pairs in {@code s}. */
  List<int[]> tokenize(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && Whitespace.isSpace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Whitespace.isSpace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        word(s, i, j, out);
      }
      i = j;
    }
    return out;
  }

  private void word(String s, int b, int e, List<int[]> out) {
    while (b < e && LEADING.indexOf(s.charAt(b)) >= 0) {
      out.add(new int[] {b, b + 1});
      b++;
    }
    List<int[]> tail = new ArrayList<>();
    while (e > b && TRAILING.indexOf(s.charAt(e - 1)) >= 0) {
      String w = s.substring(b, e);
      if (s.charAt(e - 1) == '.' && (lexicon.abbreviation(w).isPresent() || INITIALS.matcher(w).matches())) {
        break; // "Mr.", "U.S.", "J."
      }
      tail.add(0, new int[] {e - 1, e});
      e--;
    }
    int start = b;
    for (int k = b; k < e; k++) {
      char c = s.charAt(k);
      boolean splitter = c == '/' || c == '—' || c == '–' && k > b && k + 1 < e && Character.isLetter(s.charAt(k - 1));
      if (splitter) {
        if (k > start) {
          out.add(new int[] {start, k});
        }
        out.add(new int[] {k, k + 1});
        start = k + 1;
      }
    }
    if (e > start) {
      out.add(new int[] {start, e});
    }
    out.addAll(tail);
  }
}
