package dev.readout.aggregate;

import dev.readout.corpus.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The table as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a comma, a quote, a
 * line break or starts or ends with a space, with quotes doubled. Stateless and thread-safe.
 */
public final class AggregateCsv {
  public static final List<String> HEADER = List.of(
      "speaker_id", "speaker", "target_id", "target", "support", "oppose", "neutral", "total", "net_stance",
      "first_date", "last_date", "documents");

  private AggregateCsv() {}

  /** Writes the header and one row per pair. */
  public static void write(StanceTable table, Appendable out) {
    try {
      line(out, HEADER);
      for (StanceRow r : table.rows()) {
        line(out, List.of(
            r.speaker().id(),
            r.speaker().label(),
            r.targetActor() == null ? "" : r.targetActor().id(),
            r.target(),
            Integer.toString(r.support()),
            Integer.toString(r.oppose()),
            Integer.toString(r.neutral()),
            Integer.toString(r.total()),
            String.format(Locale.ROOT, "%.3f", r.netStance()),
            r.firstDate() == null ? "" : r.firstDate().toString(),
            r.lastDate() == null ? "" : r.lastDate().toString(),
            Integer.toString(r.documents())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Appendable out, List<String> fields) throws IOException {
    out.append(Csv.row(fields));
  }
}
