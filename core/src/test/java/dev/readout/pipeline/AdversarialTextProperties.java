package dev.readout.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import dev.readout.model.Token;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and adversarial text through both profiles: every kind of space and line separator, controls, bidi
 * marks, emoji and surrogate pairs (and lone halves), huge tokens, runs of punctuation, unbalanced quotes and
 * HTML, mixed with the genre's own words so that statements are found too. Whatever the text, only a
 * {@link DocumentException} may escape; every offset lies inside the text and never inside a surrogate pair;
 * every statement lies inside its sentence; the JSON form reads back equal. The pipelines are the per-JVM
 * shared ones, so CoreNLP loads once.
 */
class AdversarialTextProperties {
  private static final DocumentJson JSON = new DocumentJson();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("Foreign Minister Ana Lima", "President Mia Roth", "said", "welcomed", "condemned",
        "expressed concern about", "the agreement", "the attack", "He", "She", "They", "the two ministers", "discussed", "and",
        "that", "Japan", "NATO", "U.S.", "Mr.", "H.E.", "(1)", "according to", "the Secretary General", "will", "not", "support");
    Arbitrary<String> spaces = Arbitraries.of(" ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\u00A0", "\u2007", "\u202F", "\u2028",
        "\u2029", "\u000B", "\u000C", "\u0085", "\u1680", "\u2000", "\u200A", "\u3000", "\u205F", "\u200B", "\uFEFF", "\n\u00A0\n");
    Arbitrary<String> marks = Arbitraries.of("\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\u061C", "\u0000", "\u0001",
        "\u001B", "\u007F", "\u009F", "\uFFFD", "\uFFFF", "\uE000");
    Arbitrary<String> emoji = Arbitraries.of("😀", "👍🏽", "👩‍👩‍👧", "🇯🇵", "𝐀𝐁", "\uD83D", "\uDE00", "\uDE00\uD83D", "é", "e\u0301", "ß", "İ", "ﬁ",
        "中文", "العربية", "עברית");
    Arbitrary<String> punctuation = Arbitraries.of(".", ",", ";", ":", "!", "?", "\"", "“", "”", "‘", "’", "'", "(", ")", "[", "—", "–",
        "-", "…", "...", "!!!!!!!!", "??", ".....", "\"\"\"", "“““", "«", "»", "/", "&", "•");
    Arbitrary<String> html = Arbitraries.of("<p>", "</p>", "<script>alert(1)</script>", "&amp;", "&nbsp;", "&#x2028;", "<br/>", "<a href=\"x\">");
    Arbitrary<String> huge = Arbitraries.integers().between(200, 3000).map(n -> "x".repeat(n));
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, words), net.jqwik.api.Tuple.of(20, spaces), net.jqwik.api.Tuple.of(12, punctuation),
        net.jqwik.api.Tuple.of(5, marks), net.jqwik.api.Tuple.of(5, emoji), net.jqwik.api.Tuple.of(3, html),
        net.jqwik.api.Tuple.of(6, anyChars), net.jqwik.api.Tuple.of(1, huge));
    return piece.list().ofMinSize(0).ofMaxSize(80).map(l -> String.join("", l));
  }

  @Property(tries = 40)
  void accurate(@ForAll("texts") String text) {
    check(SharedPipeline.get(), text);
  }

  @Property(tries = 150)
  void fast(@ForAll("texts") String text) {
    check(SharedPipeline.fast(), text);
  }

  private static void check(Pipeline pipeline, String text) {
    AnalyzedDocument doc;
    try {
      doc = pipeline.analyze("p", text);
    } catch (DocumentException e) {
      return; // the one failure a caller must expect; it names the document and stage
    } catch (RuntimeException e) {
      throw new AssertionError("not a DocumentException: " + e, e);
    }
    for (Sentence s : doc.sentences()) {
      inside(text, s.span(), "sentence " + s.index());
      for (Token t : s.tokens()) {
        inside(text, t.span(), "token " + t.index() + " of sentence " + s.index());
        assertTrue(s.span().contains(t.span()), () -> "token " + t + " outside its sentence " + s.span());
      }
    }
    for (EntityMention e : doc.entities()) {
      inside(text, new Span(e.begin(), e.end()), "entity " + e);
    }
    doc.mentions().forEach(m -> inside(text, new Span(m.begin(), m.end()), "mention " + m));
    doc.warnings().forEach(w -> inside(text, new Span(w.begin(), w.end()), "warning " + w));
    for (Statement st : doc.statements()) {
      Span sentence = doc.sentences().get(st.sentence()).span();
      for (Span part : List.of(st.cue().span(), st.content().span())) {
        inside(text, part, "statement " + st.id());
        assertTrue(sentence.contains(part), () -> "statement " + st.id() + " part " + part + " outside its sentence " + sentence);
      }
    }
    assertEquals(doc, JSON.read(JSON.write(doc, true)), "the JSON form reads back equal");
    assertEquals(doc.withoutTokens(), JSON.read(JSON.write(doc)), "and without tokens");
  }

  private static void inside(String text, Span span, String what) {
    if (span.begin() < 0 || span.end() > text.length() || span.begin() > span.end()) {
      fail(what + ": " + span + " outside a text of " + text.length() + " characters");
    }
    for (int at : new int[] {span.begin(), span.end()}) {
      if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at))) {
        fail(what + ": " + span + " cuts a surrogate pair at " + at);
      }
    }
  }
}
