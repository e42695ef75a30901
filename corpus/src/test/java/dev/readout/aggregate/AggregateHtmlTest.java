package dev.readout.aggregate;

import static dev.readout.aggregate.Docs.doc;
import static dev.readout.aggregate.Docs.person;
import static dev.readout.aggregate.Docs.state;
import static dev.readout.model.Stance.NEUTRAL;
import static dev.readout.model.Stance.OPPOSE;
import static dev.readout.model.Stance.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AggregateHtmlTest {
  private static final String EVIL_NAME = "Eve </td><script>alert('name')</script>";
  private static final String EVIL_TARGET = "\"><img src=x onerror=alert(1)> & co";
  private static final String EVIL_CONTENT = "</li></ol><script>alert('content')</script> about ";

  private static Docs docs() {
    return doc("d1", "2021-01-02")
        .actor(person("a1", EVIL_NAME, "Minister", "<b>Ruritania</b>"))
        .actor(person("a2", "Ana Lima", "Foreign Minister", "Brazil"))
        .actor(state("a3", "Ukraine"))
        .states(SUPPORT, EVIL_CONTENT + EVIL_TARGET, EVIL_TARGET, null, null, "a1")
        .says(OPPOSE, EVIL_TARGET, "a1")
        .says(OPPOSE, EVIL_TARGET, "a1")
        .states(SUPPORT, "support for Ukraine", "Ukraine", "a3", "ukraine", "a2")
        .aboutActor(SUPPORT, "a3", "a2")
        .aboutActor(NEUTRAL, "a3", "a2")
        .aboutActor(SUPPORT, "a3", "a2")
        .says(NEUTRAL, "the weather", "a2");
  }

  private static String html(Docs docs, int top) {
    try (StanceAggregator agg = new StanceAggregator()) {
      agg.add(docs.build());
      StringBuilder out = new StringBuilder();
      AggregateHtml.write(agg.table(), top, agg::example, out);
      return out.toString();
    }
  }

  @Test
  void documentTextCannotBecomeMarkup() {
    String page = html(docs(), 25);
    assertFalse(page.contains("<script>alert"), "no script from document text");
    assertFalse(page.contains("<img"), "no element from document text");
    assertFalse(page.contains("<b>Ruritania"), "no element from document text");
    assertFalse(page.contains("\"><img") || page.contains("'name')</script>"), "no attribute or element break-out");
    assertTrue(page.contains("Eve &lt;/td&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"), page);
    assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; co"), page);
    assertTrue(page.contains("&lt;/li&gt;&lt;/ol&gt;&lt;script&gt;alert(&#39;content&#39;)&lt;/script&gt; about <mark>&quot;&gt;&lt;img"),
        "an example's content escaped, its target marked");
    assertEquals(1, count(page, "<script"), "only the page's own sorting script");
    assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("@import"), "self-contained");
  }

  @Test
  void hasTwoHeatmapsWithCountsAndALegendAndASortableTableWithKinds() {
    String page = html(docs(), 25);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.contains("<table id=\"pairs\" class=\"sortable\">"));
    assertEquals(13, count(page, "<th data-type="), "every column of the pair table sorts");
    assertTrue(page.contains("addEventListener('click'"), "clicking a header sorts");
    assertEquals(2, count(page, "<table class=\"heat\">"), "one heatmap of actors, one of issues");
    assertTrue(page.indexOf("Who takes a stance on whom") < page.indexOf("Who takes a stance on what"));
    assertTrue(page.contains("OPPOSE (net −1)") && page.contains("SUPPORT (net +1)"), "a legend");
    assertTrue(page.contains("<td>actor</td><td>Ukraine</td>") && page.contains("<td>issue</td><td>weather</td>"), page);
    // Ana Lima → Ukraine: 3 support, 1 neutral: net +0.75, green, 4 statements in the cell
    Matcher cell = Pattern.compile("<td style=\"background:(rgb\\([0-9,]+\\));color:[#0-9a-f]+\" title=\"Ana Lima[^\"]*Ukraine[^\"]*\"><a href=\"#e[0-9]+\">4</a></td>").matcher(page);
    assertTrue(cell.find(), page);
    assertEquals(AggregateHtml.colour(0.75), cell.group(1));
    assertEquals("rgb(215,48,39)", AggregateHtml.colour(-1));
    assertEquals("rgb(190,190,190)", AggregateHtml.colour(0));
    assertEquals("rgb(26,152,80)", AggregateHtml.colour(1));
  }

  @Test
  void aCellLinksToItsExampleStatementsWithTheTargetMarked() {
    String page = html(docs(), 25);
    Matcher cell = Pattern.compile("title=\"Ana Lima[^\"]*Ukraine[^\"]*\"><a href=\"#(e[0-9]+)\">").matcher(page);
    assertTrue(cell.find(), page);
    int at = page.indexOf("<div class=\"ex\" id=\"" + cell.group(1) + "\"");
    assertTrue(at > 0, "the panel the cell links to");
    String panel = page.substring(at, page.indexOf("</div>", at));
    assertTrue(panel.contains("3 support, 0 oppose, 1 neutral"), panel);
    assertEquals(3, count(panel, "<li>"), "three examples of four statements");
    assertTrue(panel.contains("<span class=\"st SUPPORT\">SUPPORT</span> <span class=\"where\">d1 · s4 · 2021-01-02</span><br>Ana Lima <i>said</i>: “support for <mark>Ukraine</mark>”"), panel);
    assertTrue(panel.contains("st NEUTRAL"), "the one NEUTRAL statement is among them");
    assertTrue(page.contains(".ex:target{display:block"), "a panel shows when its link is followed, with no script");
  }

  @Test
  void topLimitsTheSpeakersAndTargetsShown() {
    String page = html(docs(), 1);
    int heat = page.indexOf("<table class=\"heat\">");
    String heatmap = page.substring(heat, page.indexOf("</table>", heat));
    assertEquals(1, count(heatmap, "<tr><th title="), "one speaker row");
    assertTrue(heatmap.contains("Ana Lima"), "the speaker with most statements");
    assertFalse(heatmap.contains("Eve &lt;"), heatmap);
    assertTrue(page.contains("<td>weather</td>"), "the top speaker's pairs are in the table");
    assertTrue(page.contains("Eve &lt;"), "the top speaker of issues, whose only issue is the top one");
    String actorsOnly = html(doc("d1", "2021-01-02")
        .actor(person("a1", "Eve", null, null)).actor(person("a2", "Ana Lima", null, null)).actor(state("a3", "Ukraine"))
        .actor(state("a4", "Chile"))
        .aboutActor(SUPPORT, "a3", "a2").aboutActor(SUPPORT, "a3", "a2").aboutActor(SUPPORT, "a4", "a1"), 1);
    assertFalse(actorsOnly.contains("Chile"), "a pair of neither a top speaker nor a top target is left out");
    assertTrue(actorsOnly.contains("No statement has a target of this kind."), "no issue at all");
    assertThrows(IllegalArgumentException.class, () -> html(docs(), 0));
  }

  @Test
  void thePagesTableIsBoundedWhateverTheCorpus() {
    Docs d = doc("d1", "2021-01-02").actor(person("a1", "Ana Lima", null, null));
    int issues = AggregateHtml.MAX_TABLE_ROWS + 200;
    for (int i = 0; i < issues; i++) {
      String word = "w" + Integer.toString(i, 26).chars().map(c -> Character.isDigit(c) ? 'a' + c - '0' : c + 10).collect(
          StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "o";
      d.says(SUPPORT, word, "a1");
    }
    String page = html(d, 25);
    int table = page.indexOf("<table id=\"pairs\"");
    assertEquals(AggregateHtml.MAX_TABLE_ROWS, count(page.substring(table, page.indexOf("</table>", table)), "<tr><td>"));
    assertTrue(Pattern.compile("The " + AggregateHtml.MAX_TABLE_ROWS + " with most statements of the 11[0-9]{2} pairs").matcher(page).find(),
        page.substring(table - 400, table));
    assertEquals(AggregateHtml.MAX_TABLE_ROWS, count(page, "<div class=\"ex\""), "panels for the rows shown only");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
