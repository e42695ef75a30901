package dev.readout.lexicon;

/** A model or lexicon could not be loaded; the message names the resource and the problem. */
public class ModelLoadException extends RuntimeException {
  public ModelLoadException(String message) {
    super(message);
  }

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
