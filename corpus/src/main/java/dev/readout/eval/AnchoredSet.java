package dev.readout.eval;

import dev.readout.corpus.CorpusFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory of anchored gold files ({@code {"file": "x.txt", "statements": [{"ctx", "cue", ...}]}})
 * with the texts they name in a texts directory.
 */
public final class AnchoredSet {
  /** One document: its id (the text's name without extension), text and gold. */
  public record Item(String id, String text, AnchoredGold gold) {}

  private AnchoredSet() {}

  /** True when the directory holds anchored gold files rather than gold documents. */
  public static boolean isAnchored(Path goldDir) {
    try (Stream<Path> s = Files.list(goldDir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().limit(1).toList()) {
        String head = Files.readString(p, StandardCharsets.UTF_8);
        return (head.contains("\"ctx\"") || head.contains("\"sha256\"")) && head.contains("\"file\"") && !head.contains("\"schema\"");
      }
    } catch (IOException e) {
      throw new CorpusFormatException(goldDir + ": cannot be read: " + e.getMessage(), e);
    }
    return false;
  }

  /** Loads every gold file and its text; throws listing every problem. */
  public static List<Item> load(Path goldDir, Path textsDir) {
    return load(goldDir, textsDir, "all");
  }

  /**
   * Loads the gold files of one split ({@code split.tsv} beside them: id, dev or test; "all" takes every file, and
   * is the only choice without a split file) and their texts; throws listing every problem.
   */
  public static List<Item> load(Path goldDir, Path textsDir, String split) {
    java.util.Map<String, String> splits = readSplit(goldDir);
    if (!split.equals("all") && splits.isEmpty()) {
      throw new CorpusFormatException(goldDir + ": no split.tsv, so no split '" + split + "': use --split all");
    }
    if (!List.of("all", "dev", "test").contains(split)) {
      throw new CorpusFormatException("unknown split '" + split + "': use dev, test or all");
    }
    List<Item> all = loadAll(goldDir, textsDir);
    if (split.equals("all")) {
      return all;
    }
    List<Item> out = new ArrayList<>();
    for (Item i : all) {
      String s = splits.get(i.id());
      if (s == null) {
        throw new CorpusFormatException(goldDir.resolve("split.tsv") + ": no split for " + i.id());
      }
      if (s.equals(split)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Whether the directory has a {@code split.tsv}. */
  public static boolean hasSplit(Path goldDir) {
    return Files.exists(goldDir.resolve("split.tsv"));
  }

  private static java.util.Map<String, String> readSplit(Path goldDir) {
    Path f = goldDir.resolve("split.tsv");
    java.util.Map<String, String> out = new java.util.HashMap<>();
    if (!Files.exists(f)) {
      return out;
    }
    try {
      int n = 0;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length < 2 || !(c[1].strip().equals("dev") || c[1].strip().equals("test"))) {
          throw new CorpusFormatException(f + ":" + n + ": expected id<TAB>dev|test");
        }
        out.put(c[0].strip(), c[1].strip());
      }
    } catch (IOException e) {
      throw new CorpusFormatException(f + ": cannot be read: " + e.getMessage(), e);
    }
    return out;
  }

  private static List<Item> loadAll(Path goldDir, Path textsDir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(goldDir)) {
      files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new CorpusFormatException(goldDir + ": cannot list: " + e.getMessage(), e);
    }
    List<Item> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      try {
        String json = Files.readString(f, StandardCharsets.UTF_8);
        String file = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("file").asText("");
        Path textPath = textsDir.resolve(file);
        if (file.isEmpty() || !Files.exists(textPath)) {
          problems.add(f.getFileName() + ": $.file: text \"" + file + "\" not found in " + textsDir);
          continue;
        }
        String text = Files.readString(textPath, StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(f)) {
          AnchoredGold g = AnchoredGold.read(f.getFileName().toString(), in, text);
          out.add(new Item(file.replaceFirst("\\.[^.]*$", ""), text, g));
        }
      } catch (CorpusFormatException e) {
        problems.add(e.getMessage());
      } catch (IOException e) {
        problems.add(f.getFileName() + ": cannot be read: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw CorpusFormatException.of(goldDir, problems);
    }
    return out;
  }
}
