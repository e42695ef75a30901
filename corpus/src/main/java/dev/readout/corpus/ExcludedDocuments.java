package dev.readout.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fingerprints of documents that must never enter the corpus (they measure the project on text it has never seen):
 * one row per fingerprint, {@code kind<TAB>sha256-hex}, where {@code url} is the SHA-256 of a document's URL
 * (lower case, without the scheme, a leading {@code www.} and a trailing {@code /}) and {@code line} the SHA-256 of
 * one line of its text with at least 8 words (lower case, only {@code a-z} and {@code 0-9} kept). A document is
 * excluded when its URL or any one of its lines matches. Immutable.
 */
public final class ExcludedDocuments {
  private static final int MIN_WORDS = 8;
  private final Set<String> urls;
  private final Set<String> lines;

  private ExcludedDocuments(Set<String> urls, Set<String> lines) {
    this.urls = Set.copyOf(urls);
    this.lines = Set.copyOf(lines);
  }

  /** Reads a fingerprint file; a row of another shape is an error naming the file and line. */
  public static ExcludedDocuments load(Path file) {
    List<String> rows;
    try {
      rows = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CorpusFormatException(file + ": cannot be read: " + e.getMessage(), e);
    }
    Set<String> urls = new HashSet<>();
    Set<String> lines = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i).strip();
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      String[] cols = row.split("\t");
      if (cols.length < 2 || !cols[1].matches("[0-9a-f]{64}")) {
        throw new CorpusFormatException(file + ":" + (i + 1) + ": expected kind<TAB>sha256-hex");
      }
      switch (cols[0]) {
        case "url" -> urls.add(cols[1]);
        case "line" -> lines.add(cols[1]);
        default -> throw new CorpusFormatException(file + ":" + (i + 1) + ": unknown kind '" + cols[0] + "' (url or line)");
      }
    }
    return new ExcludedDocuments(urls, lines);
  }

  /** Why a document is excluded ("url", or "line N"), or empty when it is not. */
  public Optional<String> match(String url, String text) {
    if (url != null && !url.isBlank() && urls.contains(sha256(normalUrl(url)))) {
      return Optional.of("its url");
    }
    String[] ls = text.split("\n", -1);
    for (int i = 0; i < ls.length; i++) {
      if (ls[i].strip().split("\\s+").length >= MIN_WORDS && lines.contains(sha256(normalLine(ls[i])))) {
        return Optional.of("line " + (i + 1));
      }
    }
    return Optional.empty();
  }

  static String normalUrl(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  static String normalLine(String line) {
    return line.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The problems of a list of (name, url, text) documents: one line per excluded document. */
  public List<String> check(List<String[]> documents) {
    List<String> out = new ArrayList<>();
    for (String[] d : documents) {
      match(d[1], d[2]).ifPresent(why -> out.add(d[0] + ": excluded by " + why));
    }
    return out;
  }
}
