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

  private static StanceTable table() {
    StanceAggregator agg = new StanceAggregator();
    agg.add(doc("d1", "2021-01-02")
        .actor(person("a1", EVIL_NAME, "Minister", "<b>Ruritania</b>"))
        .actor(person("a2", "Ana Lima", "Foreign Minister", "Brazil"))
        .actor(state("a3", "Ukraine"))
        .says(SUPPORT, EVIL_TARGET, "a1")
        .says(OPPOSE, EVIL_TARGET, "a1")
        .says(OPPOSE, EVIL_TARGET, "a1")
        .aboutActor(SUPPORT, "a3", "a2")
        .aboutActor(SUPPORT, "a3", "a2")
        .aboutActor(NEUTRAL, "a3", "a2")
        .aboutActor(SUPPORT, "a3", "a2")
        .says(NEUTRAL, "the weather", "a2")
        .build());
    return agg.table();
  }

  private static String html(int top) {
    StringBuilder out = new StringBuilder();
    AggregateHtml.write(table(), top, out);
    return out.toString();
  }

  @Test
  void documentTextCannotBecomeMarkup() {
    String page = html(25);
    assertFalse(page.contains("<script>alert"), "no script from document text");
    assertFalse(page.contains("<img"), "no element from document text");
    assertFalse(page.contains("<b>"), "no element from document text");
    assertFalse(page.contains("\"><img") || page.contains("'name')</script>"), "no attribute or element break-out");
    assertTrue(page.contains("Eve &lt;/td&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"), page);
    assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; co"), page);
    assertEquals(1, count(page, "<script"), "only the page's own sorting script");
    assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("@import"), "self-contained");
  }

  @Test
  void hasASortableTableAndAHeatmapWithCountsAndALegend() {
    String page = html(25);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.contains("<table id=\"pairs\" class=\"sortable\">"));
    assertEquals(10, count(page, "<th data-type="), "every column of the pair table sorts");
    assertTrue(page.contains("addEventListener('click'"), "clicking a header sorts");
    assertTrue(page.contains("<table class=\"heat\">"));
    assertTrue(page.contains("OPPOSE (net −1)") && page.contains("SUPPORT (net +1)"), "a legend");
    // Ana Lima → Ukraine: 3 support, 1 neutral: net +0.75, green, 4 statements in the cell
    Matcher cell = Pattern.compile("<td style=\"background:(rgb\\([0-9,]+\\));color:[#0-9a-f]+\" title=\"Ana Lima[^\"]*Ukraine[^\"]*\">4</td>").matcher(page);
    assertTrue(cell.find(), page);
    assertEquals(AggregateHtml.colour(0.75), cell.group(1));
    assertEquals("rgb(215,48,39)", AggregateHtml.colour(-1));
    assertEquals("rgb(190,190,190)", AggregateHtml.colour(0));
    assertEquals("rgb(26,152,80)", AggregateHtml.colour(1));
  }

  @Test
  void topLimitsTheSpeakersAndTargetsShown() {
    String page = html(1);
    int heat = page.indexOf("<table class=\"heat\">");
    String heatmap = page.substring(heat, page.indexOf("</table>", heat));
    assertEquals(1, count(heatmap, "<tr><th title="), "one speaker row");
    assertTrue(heatmap.contains("Ana Lima"), "the speaker with most statements");
    assertFalse(heatmap.contains("Eve &lt;"), heatmap);
    assertTrue(page.contains("the weather"), "the top speaker's pairs are in the table");
    assertFalse(page.contains("Eve &lt;"), "a pair of neither a top speaker nor a top target is left out");
    assertThrows(IllegalArgumentException.class, () -> AggregateHtml.write(table(), 0, new StringBuilder()));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
