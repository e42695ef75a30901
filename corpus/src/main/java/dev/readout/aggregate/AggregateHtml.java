package dev.readout.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The table as one self-contained HTML page for a person: two heatmaps, the top speakers × the top actor targets
 * ("who opposes whom") and × the top issues ("who supports what"), coloured by net stance (red OPPOSE, grey
 * balanced or neutral, green SUPPORT; the number of statements in each cell); a table of the pairs whose speaker
 * or target is among the top ones (at most {@value #MAX_TABLE_ROWS}, most statements first), sorted by clicking a
 * column header; and behind each cell and row its example statements (document, statement, date, speakers, cue,
 * stance and the content with the target marked), shown by following the cell's link, with no script. No
 * external scripts, styles or fonts. Every text from the documents is escaped, and the inline script reads only
 * the page's own cells, so document text can never become markup or code. The page's size is bounded by
 * {@code top} and the examples per pair, not by the corpus. Stateless and thread-safe.
 */
public final class AggregateHtml {
  /** The most pairs the page's table lists (the CSV has them all). */
  public static final int MAX_TABLE_ROWS = 1000;

  private AggregateHtml() {}

  private static final String STYLE = """
      body{font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:1.5em;color:#222}
      h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
      table{border-collapse:collapse}
      td,th{border:1px solid #ddd;padding:3px 6px}
      table.heat td{width:2.6em;text-align:center;font-variant-numeric:tabular-nums}
      table.heat td.empty{background:#fafafa}
      table.heat thead th{vertical-align:bottom;font-weight:normal}
      table.heat thead th div{writing-mode:vertical-rl;transform:rotate(180deg);max-height:16em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
      table.heat tbody th{text-align:left;font-weight:normal;white-space:nowrap;max-width:28em;overflow:hidden;text-overflow:ellipsis}
      .legend{display:flex;align-items:center;gap:.5em;margin:.5em 0}
      .legend .bar{width:16em;height:1em;background:linear-gradient(to right,rgb(215,48,39),rgb(190,190,190),rgb(26,152,80))}
      table.sortable th{cursor:pointer;background:#f3f3f3;user-select:none;position:sticky;top:0}
      table.sortable th[aria-sort=ascending]::after{content:' \\25B2'}
      table.sortable th[aria-sort=descending]::after{content:' \\25BC'}
      table.sortable td.n{text-align:right;font-variant-numeric:tabular-nums}
      tbody tr:nth-child(even) td{background-color:#fbfbfb}
      table.heat td a{color:inherit;text-decoration:none;display:block}
      .ex{display:none}
      .ex:target{display:block;position:fixed;right:1em;bottom:1em;width:min(46em,90vw);max-height:70vh;overflow:auto;
        background:#fff;border:1px solid #999;box-shadow:0 2px 12px rgba(0,0,0,.3);padding:.4em 1em;z-index:2}
      .ex .close{float:right;text-decoration:none;font-size:1.3em;color:#444}
      .ex ol{padding-left:1.4em}.ex li{margin:.5em 0}
      .ex .where{color:#666;font-size:.9em}
      .st{font-size:.8em;font-weight:bold;padding:0 .3em;border-radius:3px;color:#fff}
      .st.SUPPORT{background:rgb(26,152,80)}.st.OPPOSE{background:rgb(215,48,39)}.st.NEUTRAL{background:#888}
      mark{background:#ffe28a}
      """;

  /** Sorts a table.sortable by the clicked header: numbers by data-v, text by its content. */
  private static final String SCRIPT = """
      (function () {
        function key(cell, num) {
          var v = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;
          if (!num) { return v; }
          var f = parseFloat(v);
          return isNaN(f) ? -Infinity : f;
        }
        function sort(table, th, col) {
          var num = th.getAttribute('data-type') === 'num';
          var was = th.getAttribute('aria-sort');
          var asc = was ? was === 'descending' : !num;
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = key(a.cells[col], num), y = key(b.cells[col], num);
            var c = num ? (x < y ? -1 : x > y ? 1 : 0) : x.localeCompare(y);
            return asc ? c : -c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        }
        Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
            th.tabIndex = 0;
            th.addEventListener('click', function () { sort(table, th, col); });
            th.addEventListener('keydown', function (e) {
              if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(table, th, col); }
            });
          });
        });
      })();
      """;

  /**
   * Writes the page.
   *
   * @param top how many speakers and how many targets of each kind (the most statements first) the heatmaps show,
   *     and whose pairs the table lists
   * @param examples the text of a row's example (the aggregator's {@link StanceAggregator#example})
   */
  public static void write(StanceTable table, int top, Function<ExampleRef, StanceExample> examples, Appendable out) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, not " + top);
    }
    try {
      writePage(table, top, examples, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writePage(StanceTable table, int top, Function<ExampleRef, StanceExample> examples, Appendable out) throws IOException {
    Set<String> topSpeakers = new HashSet<>();
    Set<String> topTargets = new HashSet<>();
    Map<TargetKind, List<String>> speakersOf = new EnumMap<>(TargetKind.class);
    Map<TargetKind, List<String>> targetsOf = new EnumMap<>(TargetKind.class);
    for (TargetKind kind : TargetKind.values()) {
      List<StanceRow> rows = table.rows(kind);
      speakersOf.put(kind, topKeys(rows, top, r -> r.speaker().id()));
      targetsOf.put(kind, topKeys(rows, top, AggregateHtml::targetKey));
      topSpeakers.addAll(speakersOf.get(kind));
      topTargets.addAll(targetsOf.get(kind));
    }
    List<StanceRow> listed = table.rows().stream()
        .filter(r -> topSpeakers.contains(r.speaker().id()) || topTargets.contains(targetKey(r)))
        .toList();
    List<StanceRow> shown = listed.subList(0, Math.min(listed.size(), MAX_TABLE_ROWS));
    Map<StanceRow, Integer> panels = new IdentityHashMap<>();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Readout: stance by speaker and target</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>Stance by speaker and target</h1>\n<p>")
        .append(String.format(Locale.ROOT,
            "%d documents; %d statements counted, %d of them about an act of an actor (counted under the actor and under the act&#39;s head phrase); "
                + "left out: %d without a target, %d whose target names nothing once normalised (&#8220;their&#8221;, &#8220;the importance&#8221;), %d without a stance. "
                + "%d speaker–actor pairs and %d speaker–issue pairs; %d actors after merging across documents.",
            table.documents(), table.statements(), table.acts(), table.withoutTarget(), table.unusableTarget(), table.withoutStance(),
            table.rows(TargetKind.ACTOR).size(), table.rows(TargetKind.ISSUE).size(), table.actors()))
        .append("</p>\n<p>An actor target is counted by its actor, merged across documents; an issue target by its head phrase: lemmas, ")
        .append("without determiners, possessors, vague adjectives and light or attitude nouns (&#8220;the need for a ceasefire&#8221; is ")
        .append("&#8220;ceasefire&#8221;). Follow a cell&#39;s number for its example statements.</p>\n");
    heatmap(table.rows(TargetKind.ACTOR), speakersOf.get(TargetKind.ACTOR), targetsOf.get(TargetKind.ACTOR),
        "Who takes a stance on whom", "actors", panels, out);
    heatmap(table.rows(TargetKind.ISSUE), speakersOf.get(TargetKind.ISSUE), targetsOf.get(TargetKind.ISSUE),
        "Who takes a stance on what", "issues", panels, out);
    out.append("<h2>Pairs</h2>\n<p>")
        .append(listed.size() > shown.size()
            ? String.format(Locale.ROOT, "The %d with most statements of the %d pairs", shown.size(), listed.size())
            : String.format(Locale.ROOT, "The %d pairs", shown.size()))
        .append(String.format(Locale.ROOT,
            " whose speaker is among the top speakers or whose target is among the top targets (the CSV has all %d). Click a column header to sort.",
            table.rows().size()))
        .append("</p>\n<table id=\"pairs\" class=\"sortable\">\n<thead><tr>")
        .append("<th data-type=\"text\">Speaker</th><th data-type=\"text\">Kind</th><th data-type=\"text\">Target</th>")
        .append("<th data-type=\"num\">Support</th><th data-type=\"num\">Oppose</th><th data-type=\"num\">Neutral</th>")
        .append("<th data-type=\"num\">Total</th><th data-type=\"num\">Net stance</th><th data-type=\"num\">Acts</th>")
        .append("<th data-type=\"text\">First date</th><th data-type=\"text\">Last date</th><th data-type=\"num\">Documents</th>")
        .append("<th data-type=\"num\">Examples</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (StanceRow r : shown) {
      out.append("<tr><td>").append(escape(r.speaker().label())).append("</td><td>").append(r.kind().label())
          .append("</td><td>").append(escape(r.target())).append("</td>");
      number(out, r.support());
      number(out, r.oppose());
      number(out, r.neutral());
      number(out, r.total());
      out.append("<td class=\"n\" data-v=\"").append(String.format(Locale.ROOT, "%.4f", r.netStance()))
          .append("\" style=\"background:").append(colour(r.netStance())).append(";color:").append(ink(r.netStance())).append("\">")
          .append(String.format(Locale.ROOT, "%+.2f", r.netStance())).append("</td>");
      number(out, r.acts());
      out.append("<td>").append(r.firstDate() == null ? "" : r.firstDate().toString()).append("</td>")
          .append("<td>").append(r.lastDate() == null ? "" : r.lastDate().toString()).append("</td>");
      number(out, r.documents());
      out.append("<td class=\"n\">");
      if (!r.examples().isEmpty()) {
        out.append("<a href=\"#").append(panel(r, panels)).append("\">").append(Integer.toString(r.examples().size())).append("</a>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    List<StanceRow> withPanels = new ArrayList<>(panels.keySet());
    withPanels.sort(Comparator.comparingInt(panels::get));
    for (StanceRow r : withPanels) {
      examplePanel(r, panels.get(r), examples, out);
    }
    out.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
  }

  /** The id of the row's example panel, made at its first link. */
  private static String panel(StanceRow r, Map<StanceRow, Integer> panels) {
    return "e" + panels.computeIfAbsent(r, x -> panels.size() + 1);
  }

  private static void examplePanel(StanceRow r, int id, Function<ExampleRef, StanceExample> examples, Appendable out) throws IOException {
    out.append("<div class=\"ex\" id=\"e").append(Integer.toString(id)).append("\" role=\"dialog\">")
        .append("<a class=\"close\" href=\"#\" title=\"close\">×</a><p><b>").append(escape(r.speaker().label())).append("</b> → <b>")
        .append(escape(r.target())).append("</b> (").append(r.kind().label()).append(")")
        .append(String.format(Locale.ROOT, ": %d support, %d oppose, %d neutral", r.support(), r.oppose(), r.neutral()));
    if (r.acts() > 0) {
      out.append(String.format(Locale.ROOT, "; %d about an act of %s", r.acts(), r.kind() == TargetKind.ACTOR ? "the actor" : "an actor"));
    }
    out.append(". ").append(r.examples().size() < r.total() ? "Examples" : "All statements").append(":</p>\n<ol>\n");
    for (ExampleRef ref : r.examples()) {
      StanceExample e = examples.apply(ref);
      out.append("<li><span class=\"st ").append(e.stance().name()).append("\">").append(e.stance().name()).append("</span> ")
          .append("<span class=\"where\">").append(escape(e.document())).append(" · ").append(escape(e.statement()));
      if (e.date() != null) {
        out.append(" · ").append(e.date().toString());
      }
      out.append("</span><br>").append(escape(e.speakers())).append(" <i>").append(escape(e.cue())).append("</i>: “");
      if (e.marked()) {
        out.append(escape(e.content().substring(0, e.markBegin()))).append("<mark>")
            .append(escape(e.content().substring(e.markBegin(), e.markEnd()))).append("</mark>")
            .append(escape(e.content().substring(e.markEnd())));
      } else {
        out.append(escape(e.content()));
      }
      out.append("”</li>\n");
    }
    out.append("</ol></div>\n");
  }

  private static void heatmap(List<StanceRow> rows, List<String> speakers, List<String> targets, String title, String targetsName,
      Map<StanceRow, Integer> panels, Appendable out) throws IOException {
    Map<String, String> speakerLabel = new HashMap<>();
    Map<String, String> targetLabel = new HashMap<>();
    Map<String, StanceRow> cell = new HashMap<>();
    for (StanceRow r : rows) {
      speakerLabel.putIfAbsent(r.speaker().id(), r.speaker().label());
      targetLabel.putIfAbsent(targetKey(r), r.target());
      cell.put(r.speaker().id() + "\u0000" + targetKey(r), r);
    }
    out.append("<h2>").append(title).append(": top ").append(Integer.toString(speakers.size())).append(" speakers × top ")
        .append(Integer.toString(targets.size())).append(" ").append(targetsName).append("</h2>\n");
    if (rows.isEmpty()) {
      out.append("<p>No statement has a target of this kind.</p>\n");
      return;
    }
    out.append("<div class=\"legend\"><span>OPPOSE (net −1)</span><span class=\"bar\"></span><span>SUPPORT (net +1)</span>")
        .append("<span>— grey: neutral or balanced; the number is the statements of the pair; hover a cell for its counts, follow it for examples.</span></div>\n")
        .append("<table class=\"heat\">\n<thead><tr><th>Speaker \\ target</th>");
    for (String t : targets) {
      String label = escape(targetLabel.get(t));
      out.append("<th title=\"").append(label).append("\"><div>").append(label).append("</div></th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (String s : speakers) {
      String label = escape(speakerLabel.get(s));
      out.append("<tr><th title=\"").append(label).append("\">").append(label).append("</th>");
      for (String t : targets) {
        StanceRow r = cell.get(s + "\u0000" + t);
        if (r == null) {
          out.append("<td class=\"empty\"></td>");
          continue;
        }
        out.append("<td style=\"background:").append(colour(r.netStance())).append(";color:").append(ink(r.netStance()))
            .append("\" title=\"").append(label).append(" → ").append(escape(r.target()))
            .append(String.format(Locale.ROOT, ": %d support, %d oppose, %d neutral; net %+.2f", r.support(), r.oppose(), r.neutral(), r.netStance()))
            .append("\">");
        if (r.examples().isEmpty()) {
          out.append(Integer.toString(r.total()));
        } else {
          out.append("<a href=\"#").append(panel(r, panels)).append("\">").append(Integer.toString(r.total())).append("</a>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void number(Appendable out, int n) throws IOException {
    out.append("<td class=\"n\">").append(Integer.toString(n)).append("</td>");
  }

  /** The target's identity: its corpus actor, or its head phrase. */
  private static String targetKey(StanceRow r) {
    return r.targetActor() != null ? "actor:" + r.targetActor().id() : "issue:" + r.head();
  }

  /** The keys with the most statements, most first, ties by key. */
  private static List<String> topKeys(List<StanceRow> rows, int top, java.util.function.Function<StanceRow, String> key) {
    Map<String, Integer> totals = new LinkedHashMap<>();
    rows.forEach(r -> totals.merge(key.apply(r), r.total(), Integer::sum));
    return totals.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(top)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  /** Red at −1, grey at 0, green at +1. */
  static String colour(double net) {
    double t = Math.min(1, Math.abs(net));
    int[] grey = {190, 190, 190};
    int[] end = net < 0 ? new int[] {215, 48, 39} : new int[] {26, 152, 80};
    return String.format(Locale.ROOT, "rgb(%d,%d,%d)",
        Math.round(grey[0] + (end[0] - grey[0]) * t), Math.round(grey[1] + (end[1] - grey[1]) * t), Math.round(grey[2] + (end[2] - grey[2]) * t));
  }

  private static String ink(double net) {
    return Math.abs(net) > 0.55 ? "#fff" : "#111";
  }

  /** Text as HTML text or attribute value: &amp; &lt; &gt; &quot; &#39; escaped. */
  static String escape(String s) {
    return dev.readout.view.DocumentHtml.escape(s);
  }
}
