package dev.readout.view;

import dev.readout.model.Actor;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.Sentence;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The document view: a {@code readout/1} document as HTML a person reads. The text, with each entity coloured by its
 * type and each statement's cue, speaker mention and content marked; headings as headings; clicking or hovering a
 * statement (in the text or in the side table) lights up its cue, its speaker's mention, its content and its target,
 * colours the content by stance, and shows the statement's speakers (name, title, affiliation), target, stance and
 * the rules that found it; a side table of the actors and one of the statements.
 *
 * <p>{@link #page} is a whole self-contained page (no external script, style or font); {@link #fragment} is the
 * document alone, for a page that already carries {@link #style()} and {@link #script()} (the script listens on the
 * whole page, so fragments added later work too). Every text from the document is escaped and the script reads only
 * attributes the renderer wrote, never document text, so nothing in a document can become markup or code.
 * Stateless and thread-safe.
 */
public final class DocumentHtml {
  private DocumentHtml() {}

  private static final String STYLE = """
      .rd-doc{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#222;display:flex;gap:1.5em;align-items:flex-start}
      .rd-main{flex:1 1 60%;min-width:0}
      .rd-side{flex:1 1 40%;min-width:18em;position:sticky;top:.5em;max-height:97vh;overflow:auto}
      .rd-doc h2{font-size:1.3em;margin:.2em 0 .6em}
      .rd-text{white-space:pre-wrap;overflow-wrap:anywhere}
      .rd-text h3{font-size:1.08em;margin:0;white-space:pre-wrap}
      .rd-ent{border-bottom:2px solid #999}
      .rd-ent-PERSON{background:#e3ecfb;border-color:#5b8ce0}
      .rd-ent-ORGANIZATION{background:#f2e6fa;border-color:#a066c8}
      .rd-ent-GPE{background:#e4f5e7;border-color:#4caf67}
      .rd-ent-LOCATION{background:#eef4e0;border-color:#8bab3a}
      .rd-ent-NATIONALITY{background:#fdf0dc;border-color:#e0a040}
      .rd-ent-TITLE{background:#f3f3f3;border-color:#888}
      .rd-ent-DATE,.rd-ent-TIME,.rd-ent-MISC{background:#f7f7f0;border-color:#bbb}
      .rd-content{text-decoration:underline dotted #999;text-underline-offset:3px;cursor:pointer}
      .rd-cue{font-weight:600;cursor:pointer;text-decoration:underline solid #555;text-underline-offset:3px}
      .rd-spk{outline:1px dashed #777;outline-offset:1px;cursor:pointer}
      .rd-on-content{background:#fff3b0}
      .rd-doc[data-stance=SUPPORT] .rd-on-content{background:#c9ecd3}
      .rd-doc[data-stance=OPPOSE] .rd-on-content{background:#f8cfcb}
      .rd-doc[data-stance=NEUTRAL] .rd-on-content{background:#e4e4e4}
      .rd-on-cue{background:#ffd54f;outline:2px solid #c79a00}
      .rd-on-spk{background:#90caf9;outline:2px solid #1e6fc2}
      .rd-on-tgt{box-shadow:inset 0 -3px 0 #6a1b9a}
      .rd-legend{font-size:.85em;color:#555;margin:.3em 0 .8em}
      .rd-legend span{padding:0 .3em;margin-right:.4em}
      .rd-side table{border-collapse:collapse;width:100%;font-size:.88em;margin-bottom:1em}
      .rd-side td,.rd-side th{border:1px solid #ddd;padding:2px 5px;text-align:left;vertical-align:top}
      .rd-side th{background:#f3f3f3}
      .rd-side h3{font-size:1em;margin:.8em 0 .3em}
      .rd-side tr[data-st]{cursor:pointer}
      .rd-side tr.rd-on td{background:#fff3b0}
      .rd-detail{border:1px solid #bbb;border-radius:4px;padding:.4em .8em;background:#fcfcfc;min-height:3em}
      .rd-detail dl{display:grid;grid-template-columns:max-content 1fr;gap:.15em .8em;margin:.3em 0}
      .rd-detail dt{color:#666}.rd-detail dd{margin:0}
      .rd-st{font-size:.8em;font-weight:bold;padding:0 .35em;border-radius:3px;color:#fff;background:#888}
      .rd-st.SUPPORT{background:rgb(26,152,80)}.rd-st.OPPOSE{background:rgb(215,48,39)}
      .rd-muted{color:#777}
      """;

  /**
   * Hover shows a statement, a click pins it (a second click unpins). The statement of a place in the text is the
   * first one whose cue, then speaker mention, then content holds it; the script reads only the renderer's own
   * attributes ({@code data-cue} ...), whose values are statement numbers.
   */
  private static final String SCRIPT = """
      (function () {
        if (window.readoutViewReady) { return; }
        window.readoutViewReady = true;
        var ROLES = [['data-cue', 'rd-on-cue'], ['data-spk', 'rd-on-spk'], ['data-content', 'rd-on-content'], ['data-tgt', 'rd-on-tgt']];
        function holds(el, attr, k) {
          var v = el.getAttribute(attr);
          return v !== null && (' ' + v + ' ').indexOf(' ' + k + ' ') >= 0;
        }
        function statementAt(el) {
          var row = el.closest('tr[data-st]');
          if (row) { return row.getAttribute('data-st'); }
          var seg = el.closest('[data-cue],[data-spk],[data-content]');
          if (!seg) { return null; }
          for (var i = 0; i < 3; i++) {
            var v = seg.getAttribute(ROLES[i][0]);
            if (v) { return v.split(' ')[0]; }
          }
          return null;
        }
        function clear(doc) {
          ROLES.forEach(function (r) {
            doc.querySelectorAll('.' + r[1]).forEach(function (e) { e.classList.remove(r[1]); });
          });
          doc.querySelectorAll('tr.rd-on').forEach(function (e) { e.classList.remove('rd-on'); });
          doc.querySelectorAll('.rd-detail [data-st]').forEach(function (e) { e.hidden = true; });
          var empty = doc.querySelector('.rd-detail .rd-empty');
          if (empty) { empty.hidden = false; }
          doc.removeAttribute('data-stance');
          doc.removeAttribute('data-selected');
        }
        function show(doc, k) {
          clear(doc);
          if (k === null) { return; }
          ROLES.forEach(function (r) {
            doc.querySelectorAll('[' + r[0] + ']').forEach(function (e) {
              if (holds(e, r[0], k)) { e.classList.add(r[1]); }
            });
          });
          doc.querySelectorAll('tr[data-st]').forEach(function (e) {
            if (e.getAttribute('data-st') === k) { e.classList.add('rd-on'); }
          });
          var detail = null;
          doc.querySelectorAll('.rd-detail [data-st]').forEach(function (e) {
            if (e.getAttribute('data-st') === k) { detail = e; }
          });
          if (detail) {
            detail.hidden = false;
            doc.setAttribute('data-stance', detail.getAttribute('data-stance'));
          }
          var empty = doc.querySelector('.rd-detail .rd-empty');
          if (empty) { empty.hidden = true; }
          doc.setAttribute('data-selected', k);
        }
        document.addEventListener('click', function (ev) {
          var doc = ev.target.closest('.rd-doc');
          if (!doc) { return; }
          var k = statementAt(ev.target);
          if (k === null) { return; }
          if (doc.getAttribute('data-pinned') === k) {
            doc.removeAttribute('data-pinned');
            clear(doc);
          } else {
            doc.setAttribute('data-pinned', k);
            show(doc, k);
          }
        });
        document.addEventListener('mouseover', function (ev) {
          var doc = ev.target.closest('.rd-doc');
          if (!doc || doc.hasAttribute('data-pinned')) { return; }
          var k = statementAt(ev.target);
          if (k !== null && doc.getAttribute('data-selected') !== k) { show(doc, k); }
        });
      })();
      """;

  /** The view's style sheet (every rule under {@code .rd-doc}), for a page that shows {@link #fragment}s. */
  public static String style() {
    return STYLE;
  }

  /** The view's script, for a page that shows {@link #fragment}s; it runs once however often it is included. */
  public static String script() {
    return SCRIPT;
  }

  /** The whole page for one document: self-contained, no external resources. */
  public static String page(AnalyzedDocument doc) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
        + "<title>" + escape(title(doc)) + " — Readout</title>\n<style>\n" + STYLE
        + "body{margin:1em 1.5em}\n</style></head>\n<body>\n" + fragment(doc)
        + "\n<script>\n" + SCRIPT + "</script>\n</body></html>\n";
  }

  /** The title a person knows the document by: its meta title, else its id. */
  public static String title(AnalyzedDocument doc) {
    Object t = doc.meta().get("title");
    return t instanceof String s && !s.isBlank() ? s.strip() : doc.id();
  }

  /** The document alone, a {@code <section class="rd-doc">}, for a page with {@link #style()} and {@link #script()}. */
  public static String fragment(AnalyzedDocument doc) {
    Objects.requireNonNull(doc, "doc");
    StringBuilder b = new StringBuilder(doc.text().length() * 2 + 4096);
    b.append("<section class=\"rd-doc\" data-doc=\"").append(escape(doc.id())).append("\">\n<div class=\"rd-main\">\n<h2>")
        .append(escape(title(doc))).append("</h2>\n");
    b.append("<div class=\"rd-legend\">");
    for (String type : List.of("PERSON", "ORGANIZATION", "GPE", "LOCATION", "NATIONALITY", "TITLE")) {
      b.append("<span class=\"rd-ent rd-ent-").append(type).append("\">").append(type).append("</span>");
    }
    b.append("<span class=\"rd-cue\">cue</span><span class=\"rd-spk\">speaker</span><span class=\"rd-content\">content</span>")
        .append("</div>\n<div class=\"rd-text\">");
    new TextMarkup(doc).write(b);
    b.append("</div>\n</div>\n<aside class=\"rd-side\">\n");
    details(doc, b);
    statementTable(doc, b);
    actorTable(doc, b);
    b.append("</aside>\n</section>");
    return b.toString();
  }

  /** The panel that shows the chosen statement: one hidden block per statement. */
  private static void details(AnalyzedDocument doc, StringBuilder b) {
    b.append("<div class=\"rd-detail\" aria-live=\"polite\">\n<p class=\"rd-empty rd-muted\">Click or hover a statement to see who said it, ")
        .append("about what, with which stance, and the rule that found it.</p>\n");
    List<Statement> statements = doc.statements();
    for (int k = 0; k < statements.size(); k++) {
      Statement s = statements.get(k);
      String stance = s.stance() == null ? "NONE" : s.stance().name();
      b.append("<div data-st=\"").append(k).append("\" data-stance=\"").append(stance).append("\" hidden>\n<dl>");
      row(b, "statement", escape(s.id()) + (s.section() == null ? "" : " <span class=\"rd-muted\">in " + escape(s.section()) + "</span>"));
      StringBuilder who = new StringBuilder();
      for (String id : s.speakers()) {
        Actor a = doc.actor(id).orElse(null);
        if (!who.isEmpty()) {
          who.append("<br>");
        }
        if (a == null) {
          who.append(escape(id));
        } else {
          who.append("<span class=\"rd-speaker-name\">").append(escape(a.name())).append("</span>");
          if (a.title() != null && !a.title().equals(a.name())) {
            who.append(", <span class=\"rd-speaker-title\">").append(escape(a.title())).append("</span>");
          }
          if (a.affiliation() != null) {
            who.append(", <span class=\"rd-speaker-affiliation\">").append(escape(a.affiliation())).append("</span>");
          }
        }
      }
      row(b, "speaker", who.isEmpty() ? "<span class=\"rd-muted\">none found</span>" : who.toString());
      row(b, "cue", escape(s.cue().text()) + " <span class=\"rd-muted\">(" + s.mode().name().toLowerCase(java.util.Locale.ROOT) + ")</span>");
      row(b, "content", "<span class=\"rd-detail-content\">" + escape(s.content().text()) + "</span>");
      String target = "<span class=\"rd-muted\">none</span>";
      if (s.target() != null) {
        target = escape(s.target().text());
        if (s.target().actor() != null) {
          target += " <span class=\"rd-muted\">(actor " + escape(doc.actor(s.target().actor()).map(Actor::label).orElse(s.target().actor())) + ")</span>";
        }
      }
      row(b, "target", target);
      row(b, "stance", "<span class=\"rd-st " + stance + "\">" + stance + "</span> "
          + String.format(java.util.Locale.ROOT, "%.2f", s.confidence()));
      StringBuilder rule = new StringBuilder("<code>").append(escape(s.chain() != null ? s.chain() : s.rule())).append("</code>");
      if (!s.speakerRules().isEmpty()) {
        rule.append(" <span class=\"rd-muted\">speaker via</span> <code>").append(escape(String.join(", ", s.speakerRules()))).append("</code>");
      }
      if (s.target() != null && s.target().rule() != null) {
        rule.append(" <span class=\"rd-muted\">target by</span> <code>").append(escape(s.target().rule())).append("</code>");
      }
      row(b, "rule", rule.toString());
      b.append("</dl>\n</div>\n");
    }
    b.append("</div>\n");
  }

  private static void row(StringBuilder b, String name, String html) {
    b.append("<dt>").append(name).append("</dt><dd class=\"rd-d-").append(name).append("\">").append(html).append("</dd>");
  }

  private static void statementTable(AnalyzedDocument doc, StringBuilder b) {
    b.append("<h3>Statements (").append(doc.statements().size()).append(")</h3>\n")
        .append("<table class=\"rd-statements\"><thead><tr><th>#</th><th>speaker</th><th>cue</th><th>stance</th><th>target</th></tr></thead><tbody>\n");
    List<Statement> statements = doc.statements();
    for (int k = 0; k < statements.size(); k++) {
      Statement s = statements.get(k);
      String stance = s.stance() == null ? "NONE" : s.stance().name();
      String speakers = String.join("; ", s.speakers().stream().map(id -> doc.actor(id).map(Actor::name).orElse(id)).toList());
      b.append("<tr data-st=\"").append(k).append("\"><td>").append(escape(s.id())).append("</td><td>").append(escape(speakers))
          .append("</td><td>").append(escape(s.cue().text())).append("</td><td><span class=\"rd-st ").append(stance).append("\">")
          .append(stance).append("</span></td><td>").append(s.target() == null ? "" : escape(s.target().text())).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  private static void actorTable(AnalyzedDocument doc, StringBuilder b) {
    Map<String, Integer> spoke = new HashMap<>();
    for (Statement s : doc.statements()) {
      for (String id : s.speakers()) {
        spoke.merge(id, 1, Integer::sum);
      }
    }
    b.append("<h3>Actors (").append(doc.actors().size()).append(")</h3>\n")
        .append("<table class=\"rd-actors\"><thead><tr><th>name</th><th>kind</th><th>title</th><th>affiliation</th><th>statements</th></tr></thead><tbody>\n");
    for (Actor a : doc.actors()) {
      b.append("<tr><td>").append(escape(a.name())).append("</td><td>").append(a.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append("</td><td>").append(a.title() == null ? "" : escape(a.title())).append("</td><td>")
          .append(a.affiliation() == null ? "" : escape(a.affiliation())).append("</td><td>").append(spoke.getOrDefault(a.id(), 0))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  /** One line of an index page: a document's page file and what the index shows of it. */
  public record IndexEntry(String file, String id, String title, String date, String issuer, int statements, int actors) {
    public IndexEntry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(id, "id");
      title = title == null ? "" : title;
      date = date == null ? "" : date;
      issuer = issuer == null ? "" : issuer;
    }

    /** The entry of a document whose page is {@code file} (relative to the index). */
    public static IndexEntry of(String file, AnalyzedDocument d) {
      String title = DocumentHtml.title(d);
      return new IndexEntry(file, d.id(), title.equals(d.id()) ? "" : title, metaText(d, "date"), metaText(d, "issuer"),
          d.statements().size(), d.actors().size());
    }
  }

  /** A page listing documents, each linked to its page: id, title, date, issuer, statements and actors. */
  public static String index(String heading, List<IndexEntry> entries) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(escape(heading)).append("</title>\n<style>\nbody{font:15px/1.5 system-ui,sans-serif;margin:1.5em;color:#222}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 7px;text-align:left}th{background:#f3f3f3}")
        .append("td.n{text-align:right}\n</style></head>\n<body>\n<h1>").append(escape(heading)).append("</h1>\n<p>")
        .append(entries.size()).append(entries.size() == 1 ? " document" : " documents")
        .append("</p>\n<table><thead><tr><th>document</th><th>title</th><th>date</th><th>issuer</th><th>statements</th><th>actors</th></tr></thead><tbody>\n");
    for (IndexEntry e : entries) {
      b.append("<tr><td><a href=\"").append(escape(encodePath(e.file()))).append("\">").append(escape(e.id())).append("</a></td><td>")
          .append(escape(e.title())).append("</td><td>").append(escape(e.date())).append("</td><td>").append(escape(e.issuer()))
          .append("</td><td class=\"n\">").append(e.statements()).append("</td><td class=\"n\">").append(e.actors()).append("</td></tr>\n");
    }
    return b.append("</tbody></table>\n</body></html>\n").toString();
  }

  private static String metaText(AnalyzedDocument d, String key) {
    Object v = d.meta().get(key);
    return v == null ? "" : v.toString();
  }

  /** A file name as a relative link: every character but letters, digits and {@code . _ - ~} percent-encoded. */
  private static String encodePath(String file) {
    StringBuilder b = new StringBuilder();
    for (byte x : file.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if (c < 128 && (Character.isLetterOrDigit(c) || ".-_~".indexOf(c) >= 0)) {
        b.append(c);
      } else {
        b.append('%').append(String.format("%02X", x & 0xff));
      }
    }
    return b.toString();
  }

  /** Text for HTML content and quoted attribute values: {@code & < > " '} as character references. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The text cut at every place an annotation begins or ends, each piece one {@code <span>} naming what covers it
   * (no nesting, so overlapping statements never break the markup); heading lines become {@code <h3>}.
   */
  private static final class TextMarkup {
    private final AnalyzedDocument doc;
    private final int[] cuts;
    private final List<Set<String>> classes = new ArrayList<>();
    private final List<Map<String, Set<Integer>>> roles = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final boolean[] heading;

    TextMarkup(AnalyzedDocument doc) {
      this.doc = doc;
      int n = doc.text().length();
      TreeSet<Integer> at = new TreeSet<>(List.of(0, n));
      List<int[]> headings = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        if (s.heading() && valid(s.begin(), s.end())) {
          headings.add(new int[] {s.begin(), s.end()});
        }
      }
      for (EntityMention e : doc.entities()) {
        add(at, e.begin(), e.end());
      }
      for (Statement s : doc.statements()) {
        add(at, s.cue().begin(), s.cue().end());
        add(at, s.content().begin(), s.content().end());
        if (s.target() != null && s.target().span() != null) {
          add(at, s.target().span().begin(), s.target().span().end());
        }
        for (ActorMention m : speakerMentions(s)) {
          add(at, m.begin(), m.end());
        }
      }
      headings.forEach(h -> add(at, h[0], h[1]));
      cuts = at.stream().mapToInt(Integer::intValue).toArray();
      for (int i = 0; i + 1 < cuts.length; i++) {
        classes.add(new LinkedHashSet<>());
        roles.add(new HashMap<>());
        titles.add(null);
      }
      heading = new boolean[Math.max(0, cuts.length - 1)];
      for (int[] h : headings) {
        for (int i = piece(h[0]); i < heading.length && cuts[i] < h[1]; i++) {
          heading[i] = true;
        }
      }
      for (EntityMention e : doc.entities()) {
        if (valid(e.begin(), e.end())) {
          String type = e.type().name();
          String title = type + (e.canonical() != null && !e.canonical().equals(e.text()) ? ": " + e.canonical() : "");
          for (int i = piece(e.begin()); i < heading.length && cuts[i] < e.end(); i++) {
            if (classes.get(i).stream().noneMatch(c -> c.startsWith("rd-ent"))) {
              classes.get(i).add("rd-ent");
              classes.get(i).add("rd-ent-" + type);
              titles.set(i, title);
            }
          }
        }
      }
      List<Statement> statements = doc.statements();
      for (int k = 0; k < statements.size(); k++) {
        Statement s = statements.get(k);
        mark(k, "data-cue", "rd-cue", s.cue().begin(), s.cue().end());
        mark(k, "data-content", "rd-content", s.content().begin(), s.content().end());
        for (ActorMention m : speakerMentions(s)) {
          mark(k, "data-spk", "rd-spk", m.begin(), m.end());
        }
        if (s.target() != null && s.target().span() != null) {
          mark(k, "data-tgt", null, s.target().span().begin(), s.target().span().end());
        }
      }
    }

    /** For each speaker, the mention of it in the statement's sentence nearest the cue (before it first). */
    private List<ActorMention> speakerMentions(Statement s) {
      List<ActorMention> out = new ArrayList<>();
      for (String speaker : s.speakers()) {
        ActorMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorMention m : doc.mentions()) {
          if (m.sentence() == s.sentence() && m.actors().contains(speaker) && valid(m.begin(), m.end())) {
            int d = m.end() <= s.cue().begin() ? s.cue().begin() - m.end() : m.begin() - s.cue().end() + doc.text().length();
            if (d < bestDistance) {
              best = m;
              bestDistance = d;
            }
          }
        }
        if (best != null && !out.contains(best)) {
          out.add(best);
        }
      }
      return out;
    }

    private boolean valid(int begin, int end) {
      return begin >= 0 && begin < end && end <= doc.text().length();
    }

    private void add(TreeSet<Integer> at, int begin, int end) {
      if (valid(begin, end)) {
        at.add(begin);
        at.add(end);
      }
    }

    /** The piece that starts at this cut. */
    private int piece(int offset) {
      int i = java.util.Arrays.binarySearch(cuts, offset);
      return i < 0 ? -i - 2 : i;
    }

    private void mark(int statement, String role, String cssClass, int begin, int end) {
      if (!valid(begin, end)) {
        return;
      }
      for (int i = piece(begin); i < heading.length && cuts[i] < end; i++) {
        if (cssClass != null) {
          classes.get(i).add(cssClass);
        }
        roles.get(i).computeIfAbsent(role, r -> new LinkedHashSet<>()).add(statement);
      }
    }

    void write(StringBuilder b) {
      String text = doc.text();
      boolean inHeading = false;
      for (int i = 0; i < heading.length; i++) {
        if (heading[i] != inHeading) {
          b.append(heading[i] ? "<h3>" : "</h3>");
          inHeading = heading[i];
        }
        String piece = escape(text.substring(cuts[i], cuts[i + 1]));
        if (classes.get(i).isEmpty() && roles.get(i).isEmpty()) {
          b.append(piece);
          continue;
        }
        b.append("<span");
        if (!classes.get(i).isEmpty()) {
          b.append(" class=\"").append(String.join(" ", classes.get(i))).append('"');
        }
        if (titles.get(i) != null) {
          b.append(" title=\"").append(escape(titles.get(i))).append('"');
        }
        for (String role : List.of("data-cue", "data-spk", "data-content", "data-tgt")) {
          Set<Integer> ks = roles.get(i).get(role);
          if (ks != null) {
            b.append(' ').append(role).append("=\"").append(String.join(" ", ks.stream().map(String::valueOf).toList())).append('"');
          }
        }
        b.append('>').append(piece).append("</span>");
      }
      if (inHeading) {
        b.append("</h3>");
      }
    }
  }
}
