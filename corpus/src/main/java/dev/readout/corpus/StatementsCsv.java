package dev.readout.corpus;

import dev.readout.model.Actor;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Statements as CSV (RFC 4180: CRLF line ends, a field holding a comma, quote, CR or LF is quoted with its
 * quotes doubled), one row per statement under a header row. Several speakers are joined by "; " in each of
 * the three speaker columns, position by position, so the n-th name, title and affiliation belong together
 * (a missing title or affiliation is empty). {@code date} and {@code issuer} come from the document's meta.
 * Stateless and thread-safe.
 */
public final class StatementsCsv {
  public static final List<String> COLUMNS = List.of(
      "doc_id", "date", "issuer", "section", "speakers", "speaker_titles", "speaker_affiliations",
      "cue", "mode", "stance", "confidence", "target", "content");

  private static final String SPEAKER_SEPARATOR = "; ";

  private StatementsCsv() {}

  /** The header row, CRLF included. */
  public static String header() {
    return Csv.row(COLUMNS);
  }

  /** One row per statement of the document, each ending in CRLF; "" for a document without statements. */
  public static String rows(AnalyzedDocument doc) {
    StringBuilder b = new StringBuilder();
    String date = meta(doc, "date");
    String issuer = meta(doc, "issuer");
    for (Statement s : doc.statements()) {
      List<Actor> speakers = new ArrayList<>();
      s.speakers().forEach(id -> doc.actor(id).ifPresent(speakers::add));
      b.append(Csv.row(List.of(
          doc.id(),
          date,
          issuer,
          orEmpty(s.section()),
          joined(speakers, Actor::name),
          joined(speakers, Actor::title),
          joined(speakers, Actor::affiliation),
          s.cue().text(),
          s.mode().name(),
          s.stance() == null ? "" : s.stance().name(),
          String.format(Locale.ROOT, "%.3f", s.confidence()),
          s.target() == null ? "" : s.target().text(),
          s.content().text())));
    }
    return b.toString();
  }

  private static String joined(List<Actor> speakers, Function<Actor, String> part) {
    return String.join(SPEAKER_SEPARATOR, speakers.stream().map(a -> orEmpty(part.apply(a))).toList());
  }

  private static String meta(AnalyzedDocument doc, String key) {
    Object v = doc.meta().get(key);
    return v == null ? "" : String.valueOf(v);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
