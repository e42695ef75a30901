package dev.readout.sentences;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits press-release text into sentences and headings by rule: a period after an abbreviation from
 * the lexicon ("H.E.", "Mr.", "U.S.") or an initial does not end a sentence, a paragraph number stays
 * with its sentence, and a line without final punctuation is a heading that becomes the section of the
 * sentences under it. Stateless and thread-safe.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
  private static final int MAX_HEADING_WORDS = 30;
  private static final Set<String> DANGLING =
      Set.of("and", "or", "of", "the", "to", "with", "for", "in", "a", "an", "by", "on", "at", "as", "from", "that");
  private static final Pattern INITIAL = Pattern.compile("\\(?[A-Z]\\.");
  private static final Pattern ACRONYM = Pattern.compile("(?:[A-Za-z]\\.){2,}");
  private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\(?\\d{1,3}[.)]|\\(?[a-z][.)]|\\(?[ivx]{1,4}[.)]");

  private final Lexicon lexicon;

  public RuleSentenceSplitter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Segment> split(String text) {
    List<Span> lines = lines(text);
    List<Segment> out = new ArrayList<>();
    String section = null;
    int blockStart = -1;
    int blockEnd = -1;
    for (int li = 0; li < lines.size(); li++) {
      Span line = lines.get(li);
      if (line.length() == 0) { // blank line: paragraph break
        if (blockStart >= 0 && !opensQuotation(text, blockEnd, nextNonBlank(lines, li))) {
          splitBlock(text, blockStart, blockEnd, section, out);
          blockStart = -1;
        }
        continue;
      }
      Span next = nextNonBlank(lines, li);
      boolean prevOpen = blockStart >= 0; // a wrapped line is still open above
      if (!prevOpen && isHeading(text, line, next)) {
        section = line.of(text);
        out.add(new Segment(line, section, true));
        continue;
      }
      if (blockStart < 0) {
        blockStart = line.begin();
      }
      blockEnd = line.end();
      if ((endsParagraph(text, line) && !opensQuotation(text, line.end(), next)) || next == null || startsNewParagraph(text, next)) {
        splitBlock(text, blockStart, blockEnd, section, out);
        blockStart = -1;
      }
    }
    if (blockStart >= 0) {
      splitBlock(text, blockStart, blockEnd, section, out);
    }
    return out;
  }

  /** Lines as spans without their line break and outer white space ({@link Whitespace#isBlank}; a blank line is empty). */
  private static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int b = start;
        int e = i;
        while (b < e && Whitespace.isBlank(text.charAt(b))) {
          b++;
        }
        while (e > b && Whitespace.isBlank(text.charAt(e - 1))) {
          e--;
        }
        out.add(b == e ? new Span(b, b) : new Span(b, e));
        start = i + 1;
      }
    }
    return out;
  }

  private static Span nextNonBlank(List<Span> lines, int li) {
    for (int j = li + 1; j < lines.size(); j++) {
      if (lines.get(j).length() > 0) {
        return lines.get(j);
      }
    }
    return null;
  }

  private static boolean endsParagraph(String text, Span line) {
    char last = text.charAt(line.end() - 1);
    return ".!?:;\"”’)]".indexOf(last) >= 0;
  }

  /**
   * 'Minister X said:' and a paragraph opening a quotation: the quotation's first sentence is what the cue reports,
   * so the two make one sentence.
   */
  private static boolean opensQuotation(String text, int end, Span next) {
    return next != null && end > 0 && text.charAt(end - 1) == ':' && "“\"‘".indexOf(text.charAt(next.begin())) >= 0;
  }

  private static boolean startsNewParagraph(String text, Span next) {
    String s = next.of(text);
    return PARAGRAPH_NUMBER.matcher(s.split("\\s", 2)[0]).matches() || s.startsWith("•") || s.startsWith("- ");
  }

  private boolean isHeading(String text, Span line, Span next) {
    if (endsParagraph(text, line) || text.charAt(line.end() - 1) == ',') {
      return false;
    }
    String s = line.of(text);
    String[] words = s.split("\\s+");
    if (words.length > MAX_HEADING_WORDS) {
      return false;
    }
    if (DANGLING.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (next == null) {
      return words.length <= 8;
    }
    char first = text.charAt(next.begin());
    return Character.isUpperCase(first) || Character.isDigit(first) || "(\"“‘'•-[".indexOf(first) >= 0;
  }

  private void splitBlock(String text, int begin, int end, String section, List<Segment> out) {
    int sentStart = begin;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int j = i + 1;
      while (j < end && "\"”’')]".indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      if (j < end && !Whitespace.isSpace(text.charAt(j))) {
        continue; // "U.S.-Japan", "3.5", "e.g.,"
      }
      int k = j;
      while (k < end && Whitespace.isSpace(text.charAt(k))) {
        k++;
      }
      if (k >= end) {
        break; // the block's end closes the sentence anyway
      }
      char nextChar = text.charAt(k);
      boolean startsUpper =
          Character.isUpperCase(nextChar) || Character.isDigit(nextChar) || "\"“‘'([".indexOf(nextChar) >= 0;
      if (!startsUpper) {
        continue;
      }
      if (c == '.' && !periodEnds(text, sentStart, i, k, end)) {
        continue;
      }
      addSentence(text, sentStart, j, section, out);
      sentStart = k;
    }
    addSentence(text, sentStart, end, section, out);
  }

  /** Whether the period at {@code dot} ends the sentence, given the word after it starts at {@code next}. */
  private boolean periodEnds(String text, int sentStart, int dot, int next, int end) {
    int w = dot;
    while (w > sentStart && !Whitespace.isSpace(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot + 1);
    if (w == sentStart && PARAGRAPH_NUMBER.matcher(word).matches()) {
      return false; // "1. The Minister said ..."
    }
    int ne = next;
    while (ne < end && !Whitespace.isSpace(text.charAt(ne))) {
      ne++;
    }
    String nextWord = text.substring(next, ne).replaceAll("[,;:]$", "");
    String bare = word.startsWith("(") ? word.substring(1) : word;
    var abbr = lexicon.abbreviation(bare);
    if (abbr.isPresent()) {
      return abbr.get() && lexicon.isSentenceStarter(nextWord);
    }
    if (INITIAL.matcher(word).matches()) {
      return false; // "Donald J. Trump"
    }
    if (ACRONYM.matcher(bare).matches()) {
      return lexicon.isSentenceStarter(nextWord);
    }
    return true;
  }

  private static void addSentence(String text, int b, int e, String section, List<Segment> out) {
    while (b < e && Whitespace.isBlank(text.charAt(b))) {
      b++;
    }
    while (e > b && Whitespace.isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      out.add(new Segment(new Span(b, e), section, false));
    }
  }
}
