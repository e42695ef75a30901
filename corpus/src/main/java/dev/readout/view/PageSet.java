package dev.readout.view;

import dev.readout.model.AnalyzedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes document views into a directory: {@code DIR/<id>.html} for each document as it comes ({@link #add}), and
 * {@code DIR/index.html} linking them all ({@link #finish}). Only a summary of each document is kept, so a corpus of
 * any size renders in little memory. A file name is the id with every character but letters, digits and
 * {@code . _ -} made {@code _}; a name already taken (two ids alike after that, or "index") gets {@code ~2}, {@code ~3}
 * ... Not thread-safe: one writer.
 */
public final class PageSet {
  private static final int MAX_NAME = 120;

  private final Path dir;
  private final List<DocumentHtml.IndexEntry> entries = new ArrayList<>();
  private final Set<String> taken = new HashSet<>(Set.of("index"));

  /** Creates the directory if needed. */
  public PageSet(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": the directory could not be created: " + e.getMessage(), e);
    }
  }

  /** Writes the document's page and returns its file. */
  public Path add(AnalyzedDocument doc) {
    String name = uniqueName(doc.id());
    Path file = dir.resolve(name + ".html");
    write(file, DocumentHtml.page(doc));
    entries.add(DocumentHtml.IndexEntry.of(file.getFileName().toString(), doc));
    return file;
  }

  /** Writes {@code index.html} and returns it. */
  public Path finish(String heading) {
    Path index = dir.resolve("index.html");
    write(index, DocumentHtml.index(heading, entries));
    return index;
  }

  /** Documents written so far. */
  public int size() {
    return entries.size();
  }

  private String uniqueName(String id) {
    StringBuilder b = new StringBuilder();
    id.codePoints().limit(MAX_NAME).forEach(c -> b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-') ? (char) c : '_'));
    String base = b.isEmpty() || b.charAt(0) == '.' ? "doc" + b : b.toString();
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "~" + n;
    }
    return name;
  }

  private static void write(Path file, String html) {
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": could not be written: " + e.getMessage(), e);
    }
  }
}
