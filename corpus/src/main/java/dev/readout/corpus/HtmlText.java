package dev.readout.corpus;

import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of a saved web page: the page's {@code <article>} (or {@code <main>}, or the element
 * with {@code role=main}, else the body) without scripts, styles, navigation, headers, footers, asides,
 * forms and menus; paragraphs separated by a blank line and each heading on a line of its own, which is
 * what the sentence splitter reads as paragraphs and section headings. Stateless and thread-safe.
 */
public final class HtmlText {
  /** The text of a page and its {@code <title>} ("" when it has none). */
  public record Page(String title, String text) {
    public Page {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
    }
  }

  private static final String DROPPED =
      "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, menu, button, select,"
          + " [role=navigation], [role=menu], [role=menubar], [role=banner], [role=contentinfo], [hidden]";

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
      "tbody", "tfoot", "tr", "pre", "figure", "figcaption", "address", "hr", "center", "details", "summary",
      "h1", "h2", "h3", "h4", "h5", "h6");

  private HtmlText() {}

  /** The page's article text and title. */
  public static Page extract(String html) {
    return extract(Jsoup.parse(html));
  }

  static Page extract(Document page) {
    Element root = articleRoot(page).clone();
    root.select(DROPPED).remove();
    TextCollector text = new TextCollector();
    NodeTraversor.traverse(text, root);
    return new Page(page.title().strip(), text.toString());
  }

  /** One article, else main, else role=main, else the longest of several articles, else the body. */
  private static Element articleRoot(Document page) {
    Elements articles = page.select("article");
    if (articles.size() == 1) {
      return articles.first();
    }
    Element main = page.selectFirst("main, [role=main]");
    if (main != null) {
      return main;
    }
    Element longest = null;
    for (Element a : articles) {
      if (longest == null || a.text().length() > longest.text().length()) {
        longest = a;
      }
    }
    if (longest != null) {
      return longest;
    }
    return page.body() != null ? page.body() : page;
  }

  /** Text with collapsed white space, a blank line between blocks and a line break for {@code <br>}. */
  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private int pendingBreaks; // 1: a line break, 2: a blank line before the next text
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(preDepth > 0 ? t.getWholeText() : t.getWholeText().replaceAll("\\s+", " "));
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("br")) {
          pendingBreaks = Math.max(pendingBreaks, 1);
        } else if (name.equals("td") || name.equals("th")) {
          append(" ");
        } else if (BLOCKS.contains(name)) {
          pendingBreaks = 2;
        }
        if (name.equals("pre")) {
          preDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (BLOCKS.contains(e.normalName())) {
          pendingBreaks = 2;
        }
        if (e.normalName().equals("pre")) {
          preDepth--;
        }
      }
    }

    private void append(String s) {
      if (s.isEmpty()) {
        return;
      }
      boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n' || pendingBreaks > 0;
      if (atLineStart && preDepth == 0) {
        s = s.stripLeading();
        if (s.isEmpty()) {
          return;
        }
      } else if (s.startsWith(" ") && out.charAt(out.length() - 1) == ' ') {
        s = s.substring(1);
      }
      if (pendingBreaks > 0 && out.length() > 0) {
        trimTrailingSpaces();
        out.append("\n".repeat(pendingBreaks));
      }
      pendingBreaks = 0;
      out.append(s);
    }

    private void trimTrailingSpaces() {
      int n = out.length();
      while (n > 0 && out.charAt(n - 1) == ' ') {
        n--;
      }
      out.setLength(n);
    }

    @Override
    public String toString() {
      trimTrailingSpaces();
      return out.toString();
    }
  }
}
