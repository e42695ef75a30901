package dev.readout.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Mode;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.TextSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document view's markup, on a hand-built document whose text tries to be markup. */
class DocumentHtmlTest {
  static final String HEADING = "Talks <b>& more</b>";
  static final String S1 = "Minister Lund said the \"<script>alert(1)</script>\" plan & the treaty would help.";
  static final String S2 = "She warned that the plan said nothing.";
  static final String TEXT = HEADING + "\n" + S1 + " " + S2;

  static AnalyzedDocument doc() {
    int h = HEADING.length();
    int s1 = h + 1;
    int s2 = s1 + S1.length() + 1;
    int lund = s1 + "Minister ".length();
    int said = TEXT.indexOf("said", s1);
    int content1 = said + "said ".length();
    int warned = TEXT.indexOf("warned");
    int content2 = warned + "warned ".length();
    int innerSaid = TEXT.indexOf("said", content2);
    List<Sentence> sentences = List.of(new Sentence(0, 0, h, null, true, null), new Sentence(1, s1, s1 + S1.length(), HEADING, false, null),
        new Sentence(2, s2, TEXT.length(), HEADING, false, null));
    List<EntityMention> entities = List.of(new EntityMention(lund, lund + 4, "Lund", EntityType.PERSON, null, "a1", "test"));
    List<Actor> actors = List.of(new Actor("a1", "Eva Lund", ActorKind.PERSON, "Minister <i>of</i> Trade", "Ruritania & Co", List.of()));
    List<ActorMention> mentions = List.of(
        new ActorMention(lund, lund + 4, "Lund", 1, 1, ActorMention.MentionKind.NAME, List.of("a1")),
        new ActorMention(s2, s2 + 3, "She", 2, 0, ActorMention.MentionKind.PRONOUN, List.of("a1")));
    Statement one = new Statement("s1", 1, List.of("a1"), new Cue(said, said + 4, "said", "say"),
        TextSpan.of(TEXT, new Span(content1, s1 + S1.length() - 1)), Mode.INDIRECT, Stance.SUPPORT, 0.9,
        new Target("the treaty", null, new Span(TEXT.indexOf("the treaty"), TEXT.indexOf("the treaty") + 10), "treaty", "clause-subject"),
        HEADING, "subject-of-cue");
    Statement two = new Statement("s2\"><x", 2, List.of("a1"), new Cue(warned, warned + 6, "warned", "warn"),
        TextSpan.of(TEXT, new Span(content2, TEXT.length() - 1)), Mode.INDIRECT, Stance.OPPOSE, 0.8, new Target("the plan", null),
        HEADING, "subject-of-cue");
    Statement nested = new Statement("s3", 2, List.of(), new Cue(innerSaid, innerSaid + 4, "said", "say"),
        TextSpan.of(TEXT, new Span(innerSaid + 5, TEXT.length() - 1)), Mode.INDIRECT, Stance.NEUTRAL, 0.5, null, HEADING, "nested-by");
    return new AnalyzedDocument("readout/1", "doc \"1\" <x>", Map.of("title", "A <title> & more"), TEXT, sentences, entities, actors,
        mentions, List.of(one, two, nested), null);
  }

  private static String joined(Element root, String css) {
    return root.select(css).stream().map(Element::wholeText).collect(java.util.stream.Collectors.joining());
  }

  @Test
  void theTextComesThroughWholeAndNothingInItBecomesMarkup() {
    String page = DocumentHtml.page(doc());
    assertFalse(page.contains("<script>alert"), page);
    assertFalse(page.contains("<b>& more"), page);
    Document html = Jsoup.parse(page);
    assertEquals(TEXT.replace("\n", ""), html.selectFirst(".rd-text").wholeText().replace("\n", ""));
    assertEquals(1, html.select("script").size(), "only the view's own script");
    assertEquals("A <title> & more — Readout", html.title());
    assertEquals("doc \"1\" <x>", html.selectFirst(".rd-doc").attr("data-doc"));
    assertTrue(html.select("x").isEmpty());
  }

  @Test
  void eachStatementMarksItsCueSpeakerContentAndTarget() {
    Element root = Jsoup.parse(DocumentHtml.fragment(doc())).body();
    assertEquals("said", joined(root, "[data-cue~=0]"));
    assertEquals("Lund", joined(root, "[data-spk~=0]"));
    assertEquals(doc().statements().get(0).content().text(), joined(root, "[data-content~=0]"));
    assertEquals("the treaty", joined(root, "[data-tgt~=0]"));
    assertEquals("She", joined(root, "[data-spk~=1]"), "the pronoun is the second statement's speaker mention");
    assertEquals(doc().statements().get(1).content().text(), joined(root, "[data-content~=1]"));
    assertEquals("said", joined(root, "[data-cue~=2]"), "a cue inside another statement's content");
    assertTrue(root.selectFirst("[data-cue~=2]").attr("data-content").contains("1"), "the piece belongs to both");
    assertEquals("Lund", joined(root, ".rd-text .rd-ent-PERSON"));
  }

  @Test
  void headingsAreHeadingsAndTheSideTablesListEverything() {
    Element root = Jsoup.parse(DocumentHtml.fragment(doc())).body();
    assertEquals(List.of(HEADING), root.select(".rd-text h3").eachText());
    assertEquals(3, root.select(".rd-statements tbody tr").size());
    assertEquals(1, root.select(".rd-actors tbody tr").size());
    Element detail = root.selectFirst(".rd-detail [data-st=0]");
    assertEquals("Eva Lund", detail.selectFirst(".rd-speaker-name").text());
    assertEquals("Minister <i>of</i> Trade", detail.selectFirst(".rd-speaker-title").text());
    assertEquals("Ruritania & Co", detail.selectFirst(".rd-speaker-affiliation").text());
    assertEquals("SUPPORT", detail.attr("data-stance"));
    assertTrue(detail.text().contains("subject-of-cue"), detail.text());
    assertTrue(detail.text().contains("clause-subject"), detail.text());
  }

  @Test
  void aPageSetWritesAPageADocumentAndAnIndex(@TempDir Path dir) throws Exception {
    PageSet pages = new PageSet(dir);
    Path first = pages.add(doc());
    Path second = pages.add(doc());
    pages.add(new AnalyzedDocument("readout/1", "index", null, "Nothing here.", null, null, null, null, null, null));
    Path index = pages.finish("Our <documents>");
    assertEquals("doc__1___x_.html", first.getFileName().toString());
    assertEquals("doc__1___x_~2.html", second.getFileName().toString());
    assertTrue(Files.exists(dir.resolve("index~2.html")), "a document called index does not overwrite the index");
    Document html = Jsoup.parse(Files.readString(index));
    assertEquals(List.of("doc__1___x_.html", "doc__1___x_~2.html", "index~2.html"), html.select("td a").eachAttr("href"));
    assertEquals("Our <documents>", html.selectFirst("h1").text());
  }
}
