package dev.readout.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data files of the models module from the classpath. */
public final class Resources {
  private Resources() {}

  /**
   * The rows of a tab-separated resource, comments ('#') and blank lines left out.
   *
   * @param minColumns rows with fewer columns are an error that names the resource and line
   */
  public static List<String[]> rows(String resource, int minColumns) {
    List<String[]> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines(resource)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < minColumns) {
        throw new ModelLoadException(
            resource + ":" + lineNo + ": expected " + minColumns + " tab-separated columns, found " + cols.length);
      }
      for (int i = 0; i < cols.length; i++) {
        cols[i] = cols[i].strip();
      }
      out.add(cols);
    }
    return out;
  }

  /** The top-level string and number fields of a manifest.json. */
  public static java.util.Map<String, String> manifest(String resource) {
    String json = String.join("\n", lines(resource));
    try {
      com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
      n.fields().forEachRemaining(e -> {
        if (e.getValue().isValueNode()) {
          out.put(e.getKey(), e.getValue().asText());
        }
      });
      return out;
    } catch (IOException e) {
      throw new ModelLoadException(resource + ": not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Library versions this build was made with ("corenlp" gives "4.5.10"). */
  public static java.util.Map<String, String> versions() {
    java.util.Properties p = new java.util.Properties();
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream("dev/readout/versions.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new ModelLoadException("dev/readout/versions.properties: " + e.getMessage(), e);
    }
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    p.forEach((k, v) -> out.put(k.toString(), v.toString()));
    return out;
  }

  /** The non-comment, non-blank lines of a resource, stripped. */
  public static List<String> entries(String resource) {
    return lines(resource).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static List<String> lines(String resource) {
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new ModelLoadException(resource + ": not on the classpath (is readout-models a dependency?)");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new ModelLoadException(resource + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
