package dev.readout.sentences;

/**
 * What separates words, one definition for every stage. Java's {@link Character#isWhitespace} leaves out the
 * no-break spaces (U+00A0, U+2007 FIGURE SPACE, U+202F NARROW NO-BREAK SPACE), and so do {@link String#trim}
 * and {@code \s}; CoreNLP's tokenizer, like a reader, takes them for spaces. A line holding only a no-break
 * space (common in text taken from web pages) was therefore a sentence to our splitter and nothing to
 * CoreNLP. Here every Unicode space separator, line and paragraph separator counts, as in CoreNLP.
 * Stateless.
 */
public final class Whitespace {
  private Whitespace() {}

  /** A space between words: Java's white space, or any Unicode space, line or paragraph separator. */
  public static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * A space, or an invisible format character (a byte-order mark, zero-width space, bidi mark: Unicode's
   * {@code Cf}) that CoreNLP drops: what may be cut from the ends of a line or sentence.
   */
  public static boolean isBlank(int c) {
    return isSpace(c) || Character.getType(c) == Character.FORMAT;
  }
}
