package dev.readout.actors;

import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import dev.readout.model.TokenRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sieves read of a document: its text, sentences and entities, and the lookups over them (the entity at
 * a token, "of Japan" after a title, the paragraph of a sentence, the issuer of the input). Reads only.
 */
final class DocumentView {
  final String text;
  final List<Sentence> sentences;
  final List<EntityMention> entities;
  private final Map<String, Object> meta;
  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  /** The first entity (in the document's order) that starts, or ends, at an offset; the first title that starts there. */
  private final Map<Integer, EntityMention> startingAt = new HashMap<>();
  private final Map<Integer, EntityMention> endingAt = new HashMap<>();
  private final Map<Integer, EntityMention> titleStartingAt = new HashMap<>();
  /** The last nationality that ends at an offset. */
  private final Map<Integer, EntityMention> nationalityEndingAt = new HashMap<>();
  private final Set<Integer> personBegins = new HashSet<>();
  private final Set<Integer> personEnds = new HashSet<>();

  DocumentView(AnalyzedDocument doc, Lexicon lexicon) {
    this.text = doc.text();
    this.sentences = doc.sentences();
    this.entities = doc.entities();
    this.meta = doc.meta();
    this.lexicon = lexicon;
    this.gazetteer = lexicon.gazetteer();
    for (EntityMention e : entities) { // the lookups below ask these of every token
      startingAt.putIfAbsent(e.begin(), e);
      endingAt.putIfAbsent(e.end(), e);
      if (e.type() == EntityType.TITLE) {
        titleStartingAt.putIfAbsent(e.begin(), e);
      } else if (e.type() == EntityType.PERSON) {
        personBegins.add(e.begin());
        personEnds.add(e.end());
      } else if (e.type() == EntityType.NATIONALITY) {
        nationalityEndingAt.put(e.end(), e);
      }
    }
  }

  Sentence sentence(int index) {
    return sentences.get(index);
  }

  String textOf(Span span) {
    return span.of(text);
  }

  String textOf(Sentence s, TokenRange r) {
    return r.span(s).of(text);
  }

  // ---- entities around tokens

  EntityMention entityEndingAt(Sentence s, int tokenIdx) {
    return entityAt(s, tokenIdx, false);
  }

  EntityMention entityStartingAt(Sentence s, int tokenIdx) {
    return entityAt(s, tokenIdx, true);
  }

  /** The entity that starts (or ends) exactly at the token, or null. */
  private EntityMention entityAt(Sentence s, int tokenIdx, boolean starting) {
    if (tokenIdx < 0 || tokenIdx >= s.tokens().size()) {
      return null;
    }
    Token t = s.tokens().get(tokenIdx);
    return starting ? startingAt.get(t.begin()) : endingAt.get(t.end());
  }

  /** The title entity that starts at token k, or null. */
  EntityMention titleStartingAt(Sentence s, int k) {
    return titleStartingAt.get(s.token(k).begin());
  }

  int indexOf(EntityMention e) {
    return entities.indexOf(e);
  }

  boolean isTitleAt(Sentence s, int k) {
    return titleStartingAt.containsKey(s.token(k).begin());
  }

  boolean nameStartsAt(Sentence s, int k) {
    return personBegins.contains(s.token(k).begin()) || gazetteer.isHonorific(s.token(k).text());
  }

  boolean nameEndsAt(Sentence s, int k) {
    return personEnds.contains(s.token(k).end());
  }

  boolean isNamePart(Sentence s, int k) {
    int b = s.token(k).begin();
    return entities.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.begin() <= b && b < m.end());
  }

  /** The nationality entity ending at token k ("Iranian" in "The Iranian minister"), or null. */
  EntityMention nationalityEndingAt(Sentence s, int k) {
    return nationalityEndingAt.get(s.token(k).end());
  }

  /** "of Japan" / "for NATO" starting at token k: the entity, or null. */
  EntityMention ofAfter(Sentence s, int k) {
    List<Token> t = s.tokens();
    if (k < t.size() && isOfOrFor(t.get(k))) {
      int j = k + 1;
      if (j < t.size() && t.get(j).text().equalsIgnoreCase("the")) {
        j++;
      }
      EntityMention e = entityStartingAt(s, j);
      if (e != null && isAffiliationType(e.type())) {
        return e;
      }
    }
    return null;
  }

  static boolean isOfOrFor(Token t) {
    return t.text().equals("of") || t.text().equals("for");
  }

  static boolean isAffiliationType(EntityType t) {
    return t == EntityType.GPE || t == EntityType.ORGANIZATION || t == EntityType.NATIONALITY;
  }

  /** The state or body an entity names as an affiliation: "Japanese" gives Japan. */
  String affiliationOf(EntityMention e) {
    if (e.type() == EntityType.NATIONALITY) {
      return gazetteer.countryOf(e.text()).orElse(e.text());
    }
    return e.canonical() != null ? e.canonical() : ActorTable.stripArticle(e.text());
  }

  String titleText(EntityMention title) {
    String s = title.text();
    return lexicon.titleSynonym(s).orElse(s);
  }

  // ---- honorifics and styles

  /** An honorific, or the period the tokenizer cut from one ("H.E. Mr." may come as "H.E" "." "Mr."). */
  boolean isHonorificAt(List<Token> t, int k) {
    return gazetteer.isHonorific(t.get(k).text()) || k > 0 && t.get(k).text().equals(".") && gazetteer.isHonorific(t.get(k - 1).text());
  }

  /** The start of a style of address of two or three words ending before token {@code end}, or -1. */
  int styleStart(Sentence s, int end) {
    for (int len = 3; len >= 2; len--) {
      if (end - len >= 0 && styleEnd(s, end - len) == end) {
        return end - len;
      }
    }
    return -1;
  }

  /**
   * The first token of a style of address of two to five tokens ending at token {@code k} inclusive ("Rt. Hon." may
   * come as "Rt" "." "Hon" "."), or -1.
   */
  int styleEndingAt(Sentence s, int k) {
    for (int len = 5; len >= 2; len--) {
      int j = k - len + 1;
      if (j >= 0 && k < s.tokens().size() && isStyle(s, j, k)) {
        return j;
      }
    }
    return -1;
  }

  /** The end of a style of address of two or three words starting at k ("His Highness", "Her Royal Highness"), or -1. */
  int styleEnd(Sentence s, int k) {
    for (int len = 3; len >= 2; len--) {
      if (k + len <= s.tokens().size() && isStyle(s, k, k + len - 1)) {
        return k + len;
      }
    }
    return -1;
  }

  /** Whether tokens {@code first} to {@code last} (inclusive) are, as written, one style of address. */
  private boolean isStyle(Sentence s, int first, int last) {
    return gazetteer.isHonorific(new Span(s.token(first).begin(), s.token(last).end()).of(text));
  }

  /** The words of a person's name without possessive, honorifics or titles. */
  List<String> nameWords(String surface) {
    String s = surface.replaceAll("['’]s$", "").strip();
    List<String> out = new ArrayList<>();
    for (String w : s.split("\\s+")) {
      w = w.endsWith(",") ? w.substring(0, w.length() - 1) : w; // "Biden, Jr."
      if (!w.isEmpty() && !gazetteer.isHonorific(w) && !gazetteer.isNameSuffix(w)) {
        out.add(w);
      }
    }
    return out;
  }

  // ---- paragraphs and the input

  /** The paragraph a sentence is in, as the offset where the paragraph starts. */
  int paragraphOf(Sentence s) {
    return text.lastIndexOf('\n', s.begin()) + 1;
  }

  /** The state that issued the document, named in the input's {@code issuer} ("Ministry of Foreign Affairs of Brazil"), or null. */
  String issuerCountry() {
    if (!(meta.get("issuer") instanceof String v)) {
      return null;
    }
    List<String> words = List.of(v.strip().split("[\\s,;()]+"));
    return gazetteer.match(words).stream().filter(m -> m.entry().type() == EntityType.GPE).map(m -> m.entry().canonical()).findFirst().orElse(null);
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^\\s*(\\d{4})(?:\\D|$)");

  /** The year of the input's {@code date} ("2024-05-07", "2017-09", 2019), if it has one. */
  java.util.OptionalInt year() {
    Object d = meta.get("date");
    if (d instanceof Number n) {
      return n.intValue() > 1000 && n.intValue() < 3000 ? java.util.OptionalInt.of(n.intValue()) : java.util.OptionalInt.empty();
    }
    if (d instanceof String v) {
      java.util.regex.Matcher m = YEAR.matcher(v);
      if (m.find()) {
        return java.util.OptionalInt.of(Integer.parseInt(m.group(1)));
      }
    }
    return java.util.OptionalInt.empty();
  }

  /** The states the input's {@code issuer} speaks for (named, by an adjective, or by their seat), possibly none. */
  Set<String> issuerStates() {
    return meta.get("issuer") instanceof String v ? gazetteer.issuerStates(v) : Set.of();
  }

  /** The organisation that issued the document, from the input's {@code issuer} ("Department of Foreign Affairs, Republic of the Philippines"), or null. */
  String issuerOrganisation() {
    Object issuer = meta.get("issuer");
    if (!(issuer instanceof String v) || v.isBlank()) {
      return null;
    }
    String org = v.split(",")[0].strip().replaceFirst("^(?i)the\\s+", "");
    return org.isEmpty() ? null : org;
  }
}
