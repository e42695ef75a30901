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
