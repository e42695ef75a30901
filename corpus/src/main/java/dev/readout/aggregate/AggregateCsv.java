package dev.readout.aggregate;

import dev.readout.corpus.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The table as CSV (RFC 4180), one row per (speaker, target) pair: its kind ({@code actor} or {@code issue}), the
 * target's corpus actor id (actor rows) and label, the head phrase (issue rows), the counts, how many statements
 * are about an act of an actor, the dates, the documents and the ids of the example statements
 * ("document#statement", joined by "; "): a header row, CRLF line ends, a field quoted when it holds a comma, a quote, a
 * line break or starts or ends with a space, with quotes doubled. Stateless and thread-safe.
 */
public final class AggregateCsv {
  public static final List<String> HEADER = List.of(
      "speaker_id", "speaker", "kind", "target_id", "target", "head", "support", "oppose", "neutral", "total",
      "net_stance", "acts", "first_date", "last_date", "documents", "example_ids");

  private AggregateCsv() {}

  /** Writes the header and one row per pair. */
  public static void write(StanceTable table, Appendable out) {
    try {
      line(out, HEADER);
      for (StanceRow r : table.rows()) {
        line(out, List.of(
            r.speaker().id(),
            r.speaker().label(),
            r.kind().label(),
            r.targetActor() == null ? "" : r.targetActor().id(),
            r.target(),
            r.head() == null ? "" : r.head(),
            Integer.toString(r.support()),
            Integer.toString(r.oppose()),
            Integer.toString(r.neutral()),
            Integer.toString(r.total()),
            String.format(Locale.ROOT, "%.3f", r.netStance()),
            Integer.toString(r.acts()),
            r.firstDate() == null ? "" : r.firstDate().toString(),
            r.lastDate() == null ? "" : r.lastDate().toString(),
            Integer.toString(r.documents()),
            String.join("; ", r.examples().stream().map(ExampleRef::id).toList())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Appendable out, List<String> fields) throws IOException {
    out.append(Csv.row(fields));
  }
}
