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

  /**
   * One statement as the CSV and the Spark statements table have it.
   *
   * @param speakers the speakers' names; {@code speakerTitles} and {@code speakerAffiliations} are position by
   *     position, null where a speaker has none
   * @param date the document's meta {@code date}, or null; likewise {@code issuer}
   * @param stance the stance's name, or null; {@code target} the target's words, or null
   * @param rule the attribution rule that decided the speakers
   */
  public record Row(String docId, String statementId, String date, String issuer, String section, List<String> speakers,
      List<String> speakerTitles, List<String> speakerAffiliations, String cue, String mode, String stance,
      double confidence, String target, String content, String rule) {
    public Row {
      speakers = List.copyOf(speakers);
      speakerTitles = java.util.Collections.unmodifiableList(new ArrayList<>(speakerTitles));
      speakerAffiliations = java.util.Collections.unmodifiableList(new ArrayList<>(speakerAffiliations));
    }

    /** The CSV's fields, in the order of {@link #COLUMNS}; a missing value is empty. */
    public List<String> fields() {
      return List.of(docId, orEmpty(date), orEmpty(issuer), orEmpty(section), joined(speakers), joined(speakerTitles),
          joined(speakerAffiliations), cue, mode, orEmpty(stance), String.format(Locale.ROOT, "%.3f", confidence),
          orEmpty(target), content);
    }
  }

  /** One row per statement of the document, each ending in CRLF; "" for a document without statements. */
  public static String rows(AnalyzedDocument doc) {
    StringBuilder b = new StringBuilder();
    records(doc).forEach(r -> b.append(Csv.row(r.fields())));
    return b.toString();
  }

  /** The document's statements as rows, in document order. */
  public static List<Row> records(AnalyzedDocument doc) {
    List<Row> out = new ArrayList<>();
    String date = meta(doc, "date");
    String issuer = meta(doc, "issuer");
    for (Statement s : doc.statements()) {
      List<Actor> speakers = new ArrayList<>();
      s.speakers().forEach(id -> doc.actor(id).ifPresent(speakers::add));
      out.add(new Row(doc.id(), s.id(), date, issuer, s.section(), speakers.stream().map(Actor::name).toList(),
          each(speakers, Actor::title), each(speakers, Actor::affiliation), s.cue().text(), s.mode().name(),
          s.stance() == null ? null : s.stance().name(), s.confidence(), s.target() == null ? null : s.target().text(),
          s.content().text(), s.rule()));
    }
    return out;
  }

  private static List<String> each(List<Actor> speakers, Function<Actor, String> part) {
    List<String> out = new ArrayList<>();
    speakers.forEach(a -> out.add(part.apply(a)));
    return out;
  }

  private static String joined(List<String> parts) {
    return String.join(SPEAKER_SEPARATOR, parts.stream().map(StatementsCsv::orEmpty).toList());
  }

  private static String meta(AnalyzedDocument doc, String key) {
    Object v = doc.meta().get(key);
    return v == null ? null : String.valueOf(v);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
