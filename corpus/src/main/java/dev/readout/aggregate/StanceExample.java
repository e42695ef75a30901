package dev.readout.aggregate;

import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement as the page shows it behind a cell: where it is, who said it with which cue and stance, and its
 * content (clipped around the target to at most {@value #MAX_CONTENT} characters and "…") with the target's place.
 *
 * @param date the document's date, or null
 * @param speakers the statement's speakers as its document names them, joined by "; "
 * @param markBegin where the target starts in {@code content}, or -1 when it is not found there
 * @param markEnd where the target ends in {@code content} (exclusive), or -1
 */
public record StanceExample(
    String document, String statement, LocalDate date, String speakers, String cue, Stance stance, String content,
    int markBegin, int markEnd) {
  /** The longest content kept, in characters (without the "…" at a cut). */
  public static final int MAX_CONTENT = 300;

  public StanceExample {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(speakers, "speakers");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(content, "content");
    if (markBegin == -1 != (markEnd == -1) || markBegin < -1 || markEnd < markBegin || markEnd > content.length()) {
      throw new IllegalArgumentException("bad mark [" + markBegin + "," + markEnd + ") in " + content.length() + " characters");
    }
  }

  /** Context kept before the target when the content is clipped, in characters. */
  private static final int BEFORE = 100;
  /** How far a cut moves to fall between words, in characters. */
  private static final int SNAP = 20;

  /**
   * A statement (with a stance and a target) as an example: the target is marked where its span lies in the content,
   * else at the first place its words stand there, else not; a longer content is clipped to a window that starts
   * a little before the target.
   */
  static StanceExample of(String document, LocalDate date, String speakers, Statement s) {
    String content = s.content().text();
    Target t = s.target();
    int mb = -1;
    int me = -1;
    Span span = t.span();
    if (span != null && s.content().span().contains(span) && span.length() > 0) {
      mb = span.begin() - s.content().begin();
      me = span.end() - s.content().begin();
    } else if (!t.text().isBlank()) {
      Matcher m = Pattern.compile(Pattern.quote(t.text().strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(content);
      if (m.find()) {
        mb = m.start();
        me = m.end();
      }
    }
    if (me > content.length()) {
      mb = -1;
      me = -1;
    }
    if (content.length() <= MAX_CONTENT) {
      return new StanceExample(document, s.id(), date, speakers, s.cue().text(), s.stance(), content, mb, me);
    }
    int begin = mb < 0 ? 0 : Math.max(0, mb - BEFORE);
    int end = Math.min(content.length(), begin + MAX_CONTENT);
    if (begin > 0) {
      int space = content.indexOf(' ', begin);
      begin = space >= 0 && space < begin + SNAP && (mb < 0 || space < mb) ? space + 1 : begin;
    }
    if (end < content.length()) {
      int space = content.lastIndexOf(' ', end);
      end = space > end - SNAP && space > Math.max(begin, me) ? space : end;
    }
    String prefix = begin > 0 ? "…" : "";
    String clipped = prefix + content.substring(begin, end) + (end < content.length() ? "…" : "");
    if (mb < 0 || mb >= end) {
      return new StanceExample(document, s.id(), date, speakers, s.cue().text(), s.stance(), clipped, -1, -1);
    }
    int shift = prefix.length() - begin;
    return new StanceExample(document, s.id(), date, speakers, s.cue().text(), s.stance(), clipped,
        Math.max(mb, begin) + shift, Math.min(me, end) + shift);
  }

  /** Whether the target is marked in the content. */
  public boolean marked() {
    return markBegin >= 0;
  }
}
