package dev.readout.corpus;

import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, CRLF at the end, a field quoted (its quotes doubled) when it
 * holds a comma, a quote, CR or LF, or starts or ends with a space that a reader might trim. Stateless.
 */
public final class Csv {
  private Csv() {}

  /** One record, CRLF included. */
  public static String row(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    return b.append("\r\n").toString();
  }

  /** One field, quoted when it must be. */
  public static String field(String value) {
    boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
        || !value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
