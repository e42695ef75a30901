package dev.readout.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads documents from paths: {@code .txt} files (the id is the file name without extension),
 * {@code .jsonl} files (one object a line with {@code id} and {@code text}; other fields become meta),
 * saved web pages ({@code .html}, {@code .htm}: the article text, see {@link HtmlText}; the page title
 * becomes meta {@code title}), directories (recursively, in name order) and {@code -} for standard input.
 * A file that cannot be read, or a document longer than the limit, is reported to the problem listener
 * and the others are still read. Stateless and thread-safe.
 */
public final class DocumentReader {
  /** The default limit on a document's length in characters. */
  public static final int DEFAULT_MAX_DOC_CHARS = 1_000_000;

  /** A saved page may hold this many bytes of markup per character of the limit before it is parsed. */
  private static final long HTML_BYTES_PER_CHAR = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxDocChars;

  /** A reader with the default limit of {@value #DEFAULT_MAX_DOC_CHARS} characters a document. */
  public DocumentReader() {
    this(DEFAULT_MAX_DOC_CHARS);
  }

  /** A reader that reports a document longer than {@code maxDocChars} characters as a "too-large" problem. */
  public DocumentReader(int maxDocChars) {
    if (maxDocChars < 1) {
      throw new IllegalArgumentException("maxDocChars must be at least 1, not " + maxDocChars);
    }
    this.maxDocChars = maxDocChars;
  }

  /**
   * Reads every document under the paths, handing each to {@code sink} and each unreadable one to
   * {@code problems}, in input order.
   */
  public void read(List<String> paths, InputStream stdin, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    for (String p : paths) {
      if (p.equals("-")) {
        readStdin(stdin, sink, problems);
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        List<Path> files;
        try {
          files = supportedFiles(path);
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.accept(new InputProblem(p, p, "unreadable", "cannot list directory: " + e.getMessage()));
          continue;
        }
        if (files.isEmpty()) {
          problems.accept(new InputProblem(p, p, "empty", "directory holds no .txt, .jsonl, .html or .htm files"));
        }
        files.forEach(f -> readFile(f, sink, problems));
      } else {
        readFile(path, sink, problems);
      }
    }
  }

  /**
   * The problem of a document given as a record (a JSON line, a table's row): an empty text, or one longer than the
   * limit; empty when there is none.
   */
  public java.util.Optional<InputProblem> check(String id, String source, String text) {
    if (text == null || text.isBlank()) {
      return java.util.Optional.of(new InputProblem(id, source, "empty", "document '" + id + "' has an empty text"));
    }
    if (text.length() > maxDocChars) {
      return java.util.Optional.of(tooLarge(id, source, text.length() + " characters"));
    }
    return java.util.Optional.empty();
  }

  /** Reads everything into a list; for small inputs and tests. */
  public List<InputDocument> readAll(List<String> paths, List<InputProblem> problems) {
    List<InputDocument> out = new ArrayList<>();
    read(paths, InputStream.nullInputStream(), out::add, problems::add);
    return out;
  }

  /**
   * How many documents the paths hold, counted cheaply ahead of reading them (files, and non-blank lines
   * of JSON Lines files), or -1 when standard input is among them. An unreadable path counts as one.
   */
  public long count(List<String> paths) {
    long n = 0;
    for (String p : paths) {
      if (p.equals("-")) {
        return -1;
      }
      Path path = Path.of(p);
      List<Path> files = List.of(path);
      if (Files.isDirectory(path)) {
        try {
          files = supportedFiles(path);
        } catch (IOException | java.io.UncheckedIOException e) {
          files = List.of(path);
        }
      }
      for (Path f : files) {
        n += isJsonLines(f) ? nonBlankLines(f) : 1;
      }
    }
    return n;
  }

  private static List<Path> supportedFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(DocumentReader::isSupported).sorted().toList();
    }
  }

  private static long nonBlankLines(Path f) {
    long lines = 0;
    boolean blank = true;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          lines += blank ? 0 : 1;
          blank = true;
        } else if (b != ' ' && b != '\t' && b != '\r') {
          blank = false;
        }
      }
    } catch (IOException e) {
      return 1;
    }
    return lines + (blank ? 0 : 1);
  }

  static boolean isSupported(Path f) {
    return isSupported(f.getFileName().toString());
  }

  /** Whether a file of this name is read when a directory holds it: .txt, .jsonl, .html, .htm. */
  public static boolean isSupported(String fileName) {
    String n = fileName.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".html") || n.endsWith(".htm");
  }

  private static boolean isHtml(Path f) {
    String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  private static boolean isJsonLines(Path f) {
    return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
  }

  /** Opens a file's bytes, on whatever file system it is. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private void readFile(Path f, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    long size;
    try {
      size = Files.size(f);
    } catch (NoSuchFileException e) {
      problems.accept(new InputProblem(idOf(f.getFileName().toString()), f.toString(), "missing", "no such file"));
      return;
    } catch (IOException e) {
      problems.accept(new InputProblem(idOf(f.getFileName().toString()), f.toString(), "unreadable", "cannot read: " + e.getMessage()));
      return;
    }
    readFile(f.toString(), f.getFileName().toString(), size, () -> Files.newInputStream(f), sink, problems);
  }

  /**
   * Reads one file as {@link #read} reads a file it finds, by the ending of its name: a {@code .jsonl} file line by
   * line, a saved page's article text, else UTF-8 text. For files that are not on the local file system (a Hadoop
   * path).
   *
   * @param source where it is, as the documents' sources and the problems name it
   * @param name the file's name (the id of a text document is the name without extension)
   * @param size its length in bytes
   */
  public void readFile(String source, String name, long size, Opener open, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    String id = idOf(name);
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(open.open(), StandardCharsets.UTF_8))) {
        readJsonLines(r, source, sink, problems);
      } catch (NoSuchFileException | java.io.FileNotFoundException e) {
        problems.accept(new InputProblem(id, source, "missing", "no such file"));
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.accept(new InputProblem(id, source, "unreadable", "cannot read: " + e.getMessage()));
      }
      return;
    }
    boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
    // a UTF-16 char takes at most 3 bytes of UTF-8, so a larger file surely holds too many characters
    long limit = html ? HTML_BYTES_PER_CHAR * maxDocChars : 3L * maxDocChars;
    if (size > limit) {
      problems.accept(tooLarge(id, source, size + " bytes"));
      return;
    }
    byte[] bytes;
    try (InputStream in = open.open()) {
      bytes = in.readAllBytes();
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      problems.accept(new InputProblem(id, source, "missing", "no such file"));
      return;
    } catch (IOException e) {
      problems.accept(new InputProblem(id, source, "unreadable", "cannot read: " + e.getMessage()));
      return;
    }
    if (html) {
      htmlDocument(id, source, bytes, sink, problems);
    } else {
      textDocument(id, source, bytes, Map.of(), sink, problems);
    }
  }

  private static String idOf(String name) {
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }

  private InputProblem tooLarge(String id, String source, String size) {
    return new InputProblem(id, source, "too-large",
        "too large (" + size + "; the limit is " + maxDocChars + " characters): split it or raise the limit (--max-doc-chars)");
  }

  /** A saved page: its article text, its title as meta "title"; the charset it declares, else UTF-8. */
  private void htmlDocument(String id, String source, byte[] bytes, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    if (holdsNul(bytes)) {
      problems.accept(binary(id, source));
      return;
    }
    String utf8 = decodeUtf8(bytes).orElse(null);
    org.jsoup.nodes.Document page;
    if (utf8 != null) {
      page = org.jsoup.Jsoup.parse(utf8);
    } else {
      try {
        page = org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
      } catch (IOException | RuntimeException e) {
        page = null;
      }
      if (page == null || page.charset().equals(StandardCharsets.UTF_8)) {
        problems.accept(notUtf8(id, source));
        return;
      }
    }
    HtmlText.Page text = HtmlText.extract(page);
    Map<String, Object> meta = text.title().isEmpty() ? Map.of() : Map.of("title", text.title());
    checkedDocument(id, source, text.text(), meta, sink, problems);
  }

  private void readStdin(InputStream in, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      problems.accept(new InputProblem("stdin", "-", "unreadable", "cannot read standard input: " + e.getMessage()));
      return;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
    if (head.startsWith("{")) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
        readJsonLines(r, "-", sink, problems);
      } catch (IOException e) {
        problems.accept(new InputProblem("stdin", "-", "unreadable", e.getMessage()));
      }
    } else {
      textDocument("stdin", "-", bytes, Map.of(), sink, problems);
    }
  }

  private void readJsonLines(BufferedReader r, String source, Consumer<InputDocument> sink, Consumer<InputProblem> problems) throws IOException {
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      readJsonLine(line, source, ++n, sink, problems);
    }
  }

  /**
   * Reads line {@code n} of a JSON Lines file as {@link #read} does: a document, a problem, or nothing for a blank
   * line. For a caller that reads the file's lines itself (one at a time, from any file system).
   */
  public void readJsonLine(String line, String source, int n, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    if (line.isBlank()) {
      return;
    }
    String where = source + ":" + n;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      problems.accept(new InputProblem(where, where, "json", "line " + n + " is not valid JSON"));
      return;
    }
    if (!(node instanceof ObjectNode obj) || !obj.hasNonNull("text") || !obj.get("text").isTextual()) {
      problems.accept(new InputProblem(where, where, "json", "line " + n + " has no \"text\" string"));
      return;
    }
    String id = obj.hasNonNull("id") ? obj.get("id").asText() : "line-" + n;
    String text = obj.get("text").asText();
    java.util.Optional<InputProblem> problem = check(id, where, text);
    if (problem.isPresent()) {
      problems.accept(problem.get());
      return;
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getKey().equals("id") && !e.getKey().equals("text")) {
        meta.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
      }
    }
    sink.accept(new InputDocument(id, text, meta, where));
  }

  /** Checks and decodes the bytes of a text document. */
  private void textDocument(String id, String source, byte[] bytes, Map<String, Object> meta, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    if (holdsNul(bytes)) {
      problems.accept(binary(id, source));
      return;
    }
    String text = decodeUtf8(bytes).orElse(null);
    if (text == null) {
      problems.accept(notUtf8(id, source));
      return;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    checkedDocument(id, source, text, meta, sink, problems);
  }

  /** The document, unless it is blank or too long. */
  private void checkedDocument(String id, String source, String text, Map<String, Object> meta, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    if (text.isBlank()) {
      problems.accept(new InputProblem(id, source, "empty", "empty file"));
    } else if (text.length() > maxDocChars) {
      problems.accept(tooLarge(id, source, text.length() + " characters"));
    } else {
      sink.accept(new InputDocument(id, text, meta, source));
    }
  }

  private static boolean holdsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static InputProblem binary(String id, String source) {
    return new InputProblem(id, source, "binary", "binary file (it holds NUL bytes), not text");
  }

  private static InputProblem notUtf8(String id, String source) {
    return new InputProblem(id, source, "encoding", "not UTF-8 text; convert it to UTF-8 first");
  }

  /** The text, or empty when the bytes are not valid UTF-8 (no replacement characters: a bad byte is refused). */
  public static java.util.Optional<String> decodeUtf8(byte[] bytes) {
    try {
      return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }
}
