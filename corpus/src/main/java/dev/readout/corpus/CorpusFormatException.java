package dev.readout.corpus;

/** A corpus or gold file is not in the expected form; the message names the file, the place and the problem. */
public class CorpusFormatException extends RuntimeException {
  public CorpusFormatException(String message) {
    super(message);
  }

  public CorpusFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
