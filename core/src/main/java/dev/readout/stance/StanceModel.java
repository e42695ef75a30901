package dev.readout.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.lexicon.ModelLoadException;
import dev.readout.lexicon.Resources;
import java.io.ByteArrayOutputStream;
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
 * A trained stance model with its manifest (task, format, training-data hash, parameters, scores,
 * library versions). Stored as a zip of {@code manifest.json} and {@code model.bin}, or as those two
 * files in a classpath directory. A file of another task or format is refused.
 */
public record StanceModel(MaxentModel model, ObjectNode manifest) {
  public static final String TASK = "stance";
  public static final int FORMAT = 1;
  public static final String DEFAULT_RESOURCE = "dev/readout/models/stance/en/default/";

  /** Whether the model was trained with the lexicon classifier's decision as a feature. */
  public boolean combined() {
    return manifest.path("lexicon_feature").asBoolean(false);
  }

  /** The model shipped in readout-models, or empty when none is shipped. */
  public static java.util.Optional<StanceModel> loadDefault() {
    ClassLoader cl = StanceModel.class.getClassLoader();
    if (cl.getResource(DEFAULT_RESOURCE + "manifest.json") == null) {
      return java.util.Optional.empty();
    }
    try (InputStream m = cl.getResourceAsStream(DEFAULT_RESOURCE + "manifest.json");
        InputStream b = cl.getResourceAsStream(DEFAULT_RESOURCE + "model.bin")) {
      if (b == null) {
        throw new ModelLoadException(DEFAULT_RESOURCE + "model.bin: missing beside its manifest");
      }
      return java.util.Optional.of(of(DEFAULT_RESOURCE, m.readAllBytes(), b.readAllBytes()));
    } catch (IOException e) {
      throw new ModelLoadException(DEFAULT_RESOURCE + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads a model zip written by {@link #save}. */
  public static StanceModel load(Path file) {
    byte[] manifest = null;
    byte[] model = null;
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals("manifest.json")) {
          manifest = z.readAllBytes();
        } else if (e.getName().equals("model.bin")) {
          model = z.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new ModelLoadException(file + ": not a readout model file (" + e.getMessage() + ")", e);
    }
    if (manifest == null || model == null) {
      throw new ModelLoadException(file + ": not a readout model file (no manifest.json and model.bin inside)");
    }
    return of(file.toString(), manifest, model);
  }

  private static StanceModel of(String where, byte[] manifestBytes, byte[] modelBytes) {
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
    if (format != FORMAT) {
      throw new ModelLoadException(where + ": model format " + format + " (made by readout "
          + manifest.path("versions").path("readout").asText("?") + "); this readout " + Resources.versions().get("readout")
          + " reads format " + FORMAT + ": retrain it with 'readout train stance'");
    }
    try {
      AbstractModel m = new GenericModelReader(new BinaryFileDataReader(new java.io.ByteArrayInputStream(modelBytes))).getModel();
      return new StanceModel(m, manifest);
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadException(where + ": model.bin cannot be read: " + e.getMessage(), e);
    }
  }

  /** Writes the model and its manifest as one zip file. */
  public void save(OutputStream out) throws IOException {
    ByteArrayOutputStream bin = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(bin)) {
      new GenericModelWriter((AbstractModel) model, data).persist();
    }
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry m = new ZipEntry("manifest.json");
      m.setTime(0); // the same data and parameters give the same bytes
      z.putNextEntry(m);
      z.write(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      z.closeEntry();
      ZipEntry b = new ZipEntry("model.bin");
      b.setTime(0);
      z.putNextEntry(b);
      z.write(bin.toByteArray());
      z.closeEntry();
    }
  }

  /** The model's binary form alone (for the classpath layout). */
  public byte[] modelBytes() throws IOException {
    ByteArrayOutputStream bin = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(bin)) {
      new GenericModelWriter((AbstractModel) model, data).persist();
    }
    return bin.toByteArray();
  }
}
