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
 * directories (recursively, in name order) and {@code -} for standard input. A file that cannot be read
 * is reported to the problem listener and the others are still read. Stateless and thread-safe.
 */
public final class DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();

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
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(Files::isRegularFile).filter(DocumentReader::isSupported).sorted().toList();
        } catch (IOException e) {
          problems.accept(new InputProblem(p, p, "unreadable", "cannot list directory: " + e.getMessage()));
          continue;
        }
        if (files.isEmpty()) {
          problems.accept(new InputProblem(p, p, "empty", "directory holds no .txt or .jsonl files"));
        }
        files.forEach(f -> readFile(f, sink, problems));
      } else {
        readFile(path, sink, problems);
      }
    }
  }

  /** Reads everything into a list; for small inputs and tests. */
  public List<InputDocument> readAll(List<String> paths, List<InputProblem> problems) {
    List<InputDocument> out = new ArrayList<>();
    read(paths, InputStream.nullInputStream(), out::add, problems::add);
    return out;
  }

  static boolean isSupported(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".txt") || n.endsWith(".jsonl");
  }

  private void readFile(Path f, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    String source = f.toString();
    String name = f.getFileName().toString();
    String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    if (name.endsWith(".jsonl")) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        readJsonLines(r, source, sink, problems);
      } catch (NoSuchFileException e) {
        problems.accept(new InputProblem(id, source, "missing", "no such file"));
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.accept(new InputProblem(id, source, "unreadable", "cannot read: " + e.getMessage()));
      }
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (NoSuchFileException e) {
      problems.accept(new InputProblem(id, source, "missing", "no such file"));
      return;
    } catch (IOException e) {
      problems.accept(new InputProblem(id, source, "unreadable", "cannot read: " + e.getMessage()));
      return;
    }
    textDocument(id, source, bytes, Map.of(), sink, problems);
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
      n++;
      if (line.isBlank()) {
        continue;
      }
      String where = source + ":" + n;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        problems.accept(new InputProblem(where, where, "json", "line " + n + " is not valid JSON"));
        continue;
      }
      if (!(node instanceof ObjectNode obj) || !obj.hasNonNull("text") || !obj.get("text").isTextual()) {
        problems.accept(new InputProblem(where, where, "json", "line " + n + " has no \"text\" string"));
        continue;
      }
      String id = obj.hasNonNull("id") ? obj.get("id").asText() : "line-" + n;
      String text = obj.get("text").asText();
      if (text.isBlank()) {
        problems.accept(new InputProblem(id, where, "empty", "document '" + id + "' has an empty text"));
        continue;
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
  }

  /** Checks and decodes the bytes of a text document. */
  static void textDocument(String id, String source, byte[] bytes, Map<String, Object> meta, Consumer<InputDocument> sink, Consumer<InputProblem> problems) {
    for (byte b : bytes) {
      if (b == 0) {
        problems.accept(new InputProblem(id, source, "binary", "binary file (it holds NUL bytes), not text"));
        return;
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.accept(new InputProblem(id, source, "encoding", "not UTF-8 text; convert it to UTF-8 first"));
      return;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      problems.accept(new InputProblem(id, source, "empty", "empty file"));
      return;
    }
    sink.accept(new InputDocument(id, text, meta, source));
  }
}
