package dev.readout.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.lexicon.ModelLoadException;
import dev.readout.lexicon.Resources;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained stance model with its manifest (task, format, classifier, training-data hash, parameters, scores,
 * library versions): a maxent model ({@code model.bin}), a softmax regression over a sentence encoder's vectors
 * ({@code head.bin}, format 2), or both (combined). Stored as a zip of {@code manifest.json} and those files, or
 * as those files in a classpath directory. A file of another task or format is refused.
 *
 * @param model the maxent model, or null for an encoder-only model
 * @param head the softmax regression over encoder vectors, or null for a maxent model
 */
public record StanceModel(MaxentModel model, SoftmaxRegression head, ObjectNode manifest) {
  public static final String TASK = "stance";
  /** Maxent models are written as format 1 (as before encoders); a model with an encoder head as format 2. */
  public static final int FORMAT = 2;
  public static final String DEFAULT_RESOURCE = "dev/readout/models/stance/en/default/";
  /** The encoder model ({@code Pipeline.builder().encoderStance()}): a maxent model over an encoder head's decisions. */
  public static final String ENCODER_RESOURCE = "dev/readout/models/stance/en/encoder/";

  public StanceModel {
    java.util.Objects.requireNonNull(manifest, "manifest");
    if (model == null && head == null) {
      throw new IllegalArgumentException("a stance model needs a maxent model, an encoder head, or both");
    }
  }

  /** A maxent model alone. */
  public StanceModel(MaxentModel model, ObjectNode manifest) {
    this(java.util.Objects.requireNonNull(model, "model"), null, manifest);
  }

  /** Whether the model was trained with the lexicon classifier's decision as a feature. */
  public boolean combined() {
    return manifest.path("lexicon_feature").asBoolean(false);
  }

  /** Whether the model needs a sentence encoder (it has an encoder head). */
  public boolean needsEncoder() {
    return head != null;
  }

  /** The default model shipped in readout-models (maxent, both profiles), or empty when none is shipped. */
  public static java.util.Optional<StanceModel> loadDefault() {
    return loadResource(DEFAULT_RESOURCE);
  }

  /** A model stored as files in a classpath directory ({@code dir} ends with "/"), or empty when it has no manifest. */
  public static java.util.Optional<StanceModel> loadResource(String dir) {
    ClassLoader cl = StanceModel.class.getClassLoader();
    if (cl.getResource(dir + "manifest.json") == null) {
      return java.util.Optional.empty();
    }
    try (InputStream m = cl.getResourceAsStream(dir + "manifest.json");
        InputStream b = cl.getResourceAsStream(dir + "model.bin");
        InputStream h = cl.getResourceAsStream(dir + "head.bin")) {
      if (b == null && h == null) {
        throw new ModelLoadException(dir + ": neither model.bin nor head.bin beside its manifest");
      }
      return java.util.Optional.of(of(dir, m.readAllBytes(), b == null ? null : b.readAllBytes(), h == null ? null : h.readAllBytes()));
    } catch (IOException e) {
      throw new ModelLoadException(dir + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads a model zip written by {@link #save}. */
  public static StanceModel load(Path file) {
    byte[] manifest = null;
    byte[] model = null;
    byte[] head = null;
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals("manifest.json")) {
          manifest = z.readAllBytes();
        } else if (e.getName().equals("model.bin")) {
          model = z.readAllBytes();
        } else if (e.getName().equals("head.bin")) {
          head = z.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new ModelLoadException(file + ": not a readout model file (" + e.getMessage() + ")", e);
    }
    if (manifest == null || (model == null && head == null)) {
      throw new ModelLoadException(file + ": not a readout model file (no manifest.json with model.bin or head.bin inside)");
    }
    return of(file.toString(), manifest, model, head);
  }

  private static StanceModel of(String where, byte[] manifestBytes, byte[] modelBytes, byte[] headBytes) {
    ObjectNode manifest;
    try {
      JsonNode n = new ObjectMapper().readTree(manifestBytes);
      if (!(n instanceof ObjectNode o)) {
        throw new ModelLoadException(where + ": manifest.json is not an object");
      }
      manifest = o;
    } catch (IOException e) {
      throw new ModelLoadException(where + ": manifest.json is not valid JSON", e);
    }
    String task = manifest.path("task").asText("");
    if (!TASK.equals(task)) {
      throw new ModelLoadException(where + ": a model for task '" + task + "', not for stance");
    }
    int format = manifest.path("format").asInt(-1);
    if (format < 1 || format > FORMAT) {
      throw new ModelLoadException(where + ": model format " + format + " (made by readout "
          + manifest.path("versions").path("readout").asText("?") + "); this readout " + Resources.versions().get("readout")
          + " reads formats 1 to " + FORMAT + ": retrain it with 'readout train stance'");
    }
    AbstractModel m = null;
    if (modelBytes != null) {
      try {
        m = new GenericModelReader(new BinaryFileDataReader(new java.io.ByteArrayInputStream(modelBytes))).getModel();
      } catch (IOException | RuntimeException e) {
        throw new ModelLoadException(where + ": model.bin cannot be read: " + e.getMessage(), e);
      }
    }
    SoftmaxRegression h = null;
    if (headBytes != null) {
      try {
        h = SoftmaxRegression.read(new DataInputStream(new java.io.ByteArrayInputStream(headBytes)));
      } catch (IOException | RuntimeException e) {
        throw new ModelLoadException(where + ": head.bin cannot be read: " + e.getMessage(), e);
      }
    }
    if (h == null && m == null) {
      throw new ModelLoadException(where + ": no model inside");
    }
    return new StanceModel(m, h, manifest);
  }

  /** Writes the model, its head and its manifest as one zip file; the same model gives the same bytes. */
  public void save(OutputStream out) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      entry(z, "manifest.json", new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      if (model != null) {
        entry(z, "model.bin", modelBytes());
      }
      if (head != null) {
        entry(z, "head.bin", headBytes());
      }
    }
  }

  private static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(0); // the same data and parameters give the same bytes
    z.putNextEntry(e);
    z.write(bytes);
    z.closeEntry();
  }

  /** The maxent model's binary form alone (for the classpath layout). */
  public byte[] modelBytes() throws IOException {
    ByteArrayOutputStream bin = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(bin)) {
      new GenericModelWriter((AbstractModel) model, data).persist();
    }
    return bin.toByteArray();
  }

  /** The encoder head's binary form alone (for the classpath layout). */
  public byte[] headBytes() throws IOException {
    ByteArrayOutputStream bin = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(bin)) {
      head.write(data);
    }
    return bin.toByteArray();
  }
}
