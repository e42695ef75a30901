package dev.readout.model;

/**
 * A run of tokens of one sentence: token indices {@code [begin, end)}, never character offsets (those are
 * {@link Span}s).
 */
public record TokenRange(int begin, int end) {
  public TokenRange {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad token range [" + begin + "," + end + ")");
    }
  }

  /** The index of the last token; {@code begin - 1} when the range is empty. */
  public int last() {
    return end - 1;
  }

  public int size() {
    return end - begin;
  }

  public boolean contains(int token) {
    return begin <= token && token < end;
  }

  /** The characters the range covers in its sentence ("Secretary General"). */
  public Span span(Sentence s) {
    return new Span(s.token(begin).begin(), s.token(end - 1).end());
  }
}
