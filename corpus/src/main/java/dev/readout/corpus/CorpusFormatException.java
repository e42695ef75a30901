package dev.readout.corpus;

/** A corpus or gold file is not in the expected form; the message names the file, the place and the problem. */
public class CorpusFormatException extends RuntimeException {
  public CorpusFormatException(String message) {
    super(message);
  }

  public CorpusFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Every problem found in {@code where}, one per line; the first line names the first problem, so that a
   * one-line report still says what is wrong.
   */
  public static CorpusFormatException of(Object where, java.util.List<String> problems) {
    String first = where + ": " + problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s))" : "");
    return new CorpusFormatException(first + "\n  " + String.join("\n  ", problems));
  }
}
