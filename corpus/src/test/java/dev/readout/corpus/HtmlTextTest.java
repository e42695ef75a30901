package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void articleTextWithoutPageFurniture() {
    String html = """
        <!DOCTYPE html><html><head><title> Readout of the Call with Prime Minister Dahl </title>
        <style>p { color: red }</style><script>var said = "nothing";</script></head>
        <body>
          <header><a href="/">Home</a> <nav><ul><li>Briefings</li><li>Statements</li></ul></nav></header>
          <div class="sidebar">Latest news</div>
          <article>
            <h1>Readout of the Call</h1>
            <p>The President spoke today with
               Prime Minister <b>Jon Dahl</b>.</p>
            <h2>Security</h2>
            <p>The leaders condemned the attack.<br>They agreed to stay in touch.</p>
            <aside>Share this page</aside>
            <ul><li>First point.</li><li>Second point.</li></ul>
            <form><input name="q"><button>Search</button></form>
          </article>
          <footer>Copyright</footer>
        </body></html>
        """;
    HtmlText.Page page = HtmlText.extract(html);
    assertEquals("Readout of the Call with Prime Minister Dahl", page.title());
    assertEquals("""
        Readout of the Call

        The President spoke today with Prime Minister Jon Dahl.

        Security

        The leaders condemned the attack.
        They agreed to stay in touch.

        First point.

        Second point.""", page.text());
  }

  @Test
  void mainOrRoleMainElseBody() {
    assertEquals("Kept.", HtmlText.extract("<body><div>Menu</div><div role=main><p>Kept.</p></div></body>").text());
    assertEquals("Kept.", HtmlText.extract("<body><div>Menu</div><main><p>Kept.</p></main></body>").text());
    HtmlText.Page body = HtmlText.extract("<p>One.</p><menu><li>Skip</li></menu><footer>Skip</footer><p>Two.</p>");
    assertEquals("One.\n\nTwo.", body.text());
    assertEquals("", body.title());
  }

  @Test
  void preformattedTextKeepsItsLines() {
    String text = HtmlText.extract("<main><pre>Line one.\n  Line two.</pre></main>").text();
    assertEquals("Line one.\n  Line two.", text);
    assertFalse(HtmlText.extract("<p>a &amp; b</p>").text().contains("&amp;"));
  }
}
