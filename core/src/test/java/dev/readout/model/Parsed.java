package dev.readout.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A document built by hand for a unit test: sentences written as tokens "word/TAG/HEAD/rel" (CoNLL heads: 1-based,
 * 0 for the root), with "/lemma" after them when it is not the lower-cased word; words joined by one space (none
 * before a word written "~word"), sentences
 * of a paragraph by one space, paragraphs by a line break; entities marked by their words. No parser needed.
 *
 * <pre>{@code
 * AnalyzedDocument doc = new Parsed()
 *     .sentence("Tanaka/NNP/2/nsubj said/VBD/0/root/say ./././punct")
 *     .entity("Tanaka", EntityType.PERSON)
 *     .doc();
 * }</pre>
 */
public final class Parsed {
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private Map<String, Object> meta = Map.of();
  private boolean newParagraph;

  /** A sentence of the current paragraph. */
  public Parsed sentence(String tokens) {
    return add(tokens, false);
  }

  /** A heading line: a paragraph of its own. */
  public Parsed heading(String tokens) {
    paragraph();
    add(tokens, true);
    return paragraph();
  }

  /** The next sentence starts a new paragraph. */
  public Parsed paragraph() {
    newParagraph = !text.isEmpty();
    return this;
  }

  public Parsed meta(Map<String, Object> value) {
    meta = value;
    return this;
  }

  private Parsed add(String tokens, boolean heading) {
    if (!text.isEmpty()) {
      text.append(newParagraph ? "\n" : " ");
    }
    newParagraph = false;
    int begin = text.length();
    List<Token> out = new ArrayList<>();
    String[] parts = tokens.trim().split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      String[] f = parts[i].split("/", -1);
      if (f.length < 4) {
        throw new IllegalArgumentException("token '" + parts[i] + "': expected word/TAG/HEAD/rel[/lemma]");
      }
      boolean glued = f[0].startsWith("~") && f[0].length() > 1;
      String word = glued ? f[0].substring(1) : f[0];
      if (i > 0 && !glued) {
        text.append(' ');
      }
      int b = text.length();
      text.append(word);
      String lemma = f.length > 4 ? f[4] : word.toLowerCase(java.util.Locale.ROOT);
      out.add(new Token(i, b, text.length(), word, lemma, f[1], "O", Integer.parseInt(f[2]) - 1, f[3]));
    }
    sentences.add(new Sentence(sentences.size(), begin, text.length(), null, heading, out));
    return this;
  }

  /** Every run of whole tokens that reads {@code words} is an entity of this type. */
  public Parsed entity(String words, EntityType type) {
    return entity(words, type, null);
  }

  /**
   * Every run of whole tokens that reads {@code words}, outside the entities marked before, is an entity of this type
   * with this canonical name.
   */
  public Parsed entity(String words, EntityType type, String canonical) {
    String t = text.toString();
    int found = 0;
    for (int i = t.indexOf(words); i >= 0; i = t.indexOf(words, i + 1)) {
      int b = i;
      int e = i + words.length();
      if (startsToken(b) && endsToken(e) && entities.stream().noneMatch(x -> x.begin() < e && b < x.end())) {
        entities.add(new EntityMention(i, i + words.length(), words, type, canonical, null, "test"));
        found++;
      }
    }
    if (found == 0) {
      throw new IllegalArgumentException("no tokens read '" + words + "' in: " + t);
    }
    return this;
  }

  private boolean startsToken(int offset) {
    return sentences.stream().flatMap(s -> s.tokens().stream()).anyMatch(k -> k.begin() == offset);
  }

  private boolean endsToken(int offset) {
    return sentences.stream().flatMap(s -> s.tokens().stream()).anyMatch(k -> k.end() == offset);
  }

  /**
   * A document from one sentence a line (a blank line starts a new paragraph) and its entities as "words=TYPE" or
   * "words=TYPE=canonical", marked in the order given.
   */
  public static AnalyzedDocument doc(String lines, String... entities) {
    return doc(Map.of(), lines, entities);
  }

  /** The same, with the input's meta ({@code issuer} ...). */
  public static AnalyzedDocument doc(Map<String, Object> meta, String lines, String... entities) {
    Parsed p = new Parsed().meta(meta);
    for (String line : lines.split("\n")) {
      if (line.isBlank()) {
        p.paragraph();
      } else {
        p.sentence(line);
      }
    }
    for (String e : entities) {
      String[] f = e.split("=");
      p.entity(f[0], EntityType.valueOf(f[1]), f.length > 2 ? f[2] : null);
    }
    return p.doc();
  }

  public AnalyzedDocument doc() {
    List<EntityMention> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparingInt(EntityMention::begin));
    return AnalyzedDocument.of("hand-built", text.toString(), meta).withSentences(sentences).withEntities(sorted);
  }
}
