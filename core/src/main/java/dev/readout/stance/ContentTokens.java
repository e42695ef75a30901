package dev.readout.stance;

import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of a statement's content, with the noun-phrase chunking the target rules read: a chunk is a run
 * of determiners, possessives, adjectives, numbers and nouns ending at its head noun ("Russia's senseless
 * war"); a phrase is a chunk with the prepositional phrases and coordinated chunks that follow it ("Russia's
 * war in Ukraine", "reconstruction, security, and governance in Gaza"). Positions are indices into
 * {@link #tokens()}. Works on part-of-speech tags alone, so both profiles read it the same way. Immutable.
 */
final class ContentTokens {
  /** A phrase: tokens [first, last], its head noun, and where its core chunk ends and its possessor ends. */
  record Phrase(int first, int last, int head, int coreEnd, int possessorEnd) {
    boolean hasPossessor() {
      return possessorEnd >= first;
    }
  }

  /** The longest phrase a target keeps, in tokens. */
  static final int MAX_PHRASE = 14;

  private static final Set<String> CHUNK_POS =
      Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH");
  private static final Set<String> PHRASE_PREPS = Set.of(
      "of", "in", "on", "for", "to", "between", "with", "against", "from", "into", "across", "toward", "towards",
      "within", "among", "at", "about", "over", "around", "throughout", "regarding", "concerning", "under");
  private static final Set<String> QUOTES = Set.of("“", "”", "\"", "``", "''", "‘", "’");

  private final List<Token> tokens;

  ContentTokens(List<Token> tokens) {
    this.tokens = tokens.stream().map(ContentTokens::acronymAsName).toList();
  }

  /** "WHO", "US" tagged as pronouns: a word of two or more capitals is a name here. */
  private static Token acronymAsName(Token t) {
    String x = t.text();
    if (x.length() >= 2 && x.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.') && !t.isNoun() && !t.pos().equals("CD")) {
      return new Token(t.index(), t.begin(), t.end(), x, t.lemma(), "NNP", t.ner(), t.head(), t.relation());
    }
    return t;
  }

  List<Token> tokens() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  Token at(int i) {
    return tokens.get(i);
  }

  String lower(int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }

  String lemma(int i) {
    return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
  }

  boolean isPrep(int i, Set<String> words) {
    return i >= 0 && i < size() && (at(i).pos().equals("IN") || at(i).pos().equals("TO")) && words.contains(lower(i));
  }

  boolean isWord(int i, String... words) {
    if (i < 0 || i >= size()) {
      return false;
    }
    for (String w : words) {
      if (lower(i).equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** Base-form or present-participle verb at {@code i} ("strengthen", "ensuring"). */
  boolean isVerbForm(int i) {
    return i < size() && (at(i).pos().equals("VB") || at(i).pos().equals("VBG") || at(i).pos().equals("VBP") && i > 0 && isWord(i - 1, "to"));
  }

  boolean isFiniteVerb(int i) {
    String p = at(i).pos();
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  /** Whether a chunk can start at {@code i}: a nominal word, or an adjectival participle before one. */
  boolean startsChunk(int i) {
    if (i >= size()) {
      return false;
    }
    Token t = at(i);
    if (t.pos().equals("POS") || t.pos().equals("HYPH")) {
      return false;
    }
    if (CHUNK_POS.contains(t.pos()) || t.pos().equals("PRP") || money(i)) {
      return true;
    }
    if (t.pos().equals("JJR") && isWord(i + 1, "than")) {
      return true;
    }
    if (t.pos().equals("JJR") && i + 1 < size() && at(i + 1).text().equalsIgnoreCase("than")) {
      return true;
    }
    if ((t.pos().equals("VBN") || t.pos().equals("VBG")) && i + 1 < size() && CHUNK_POS.contains(at(i + 1).pos())
        && !at(i + 1).pos().equals("DT") && !at(i + 1).pos().equals("PRP$")) {
      return true; // "continued destabilizing activity", "the strengthened security guarantee architecture"
    }
    return QUOTES.contains(t.text()) && i + 1 < size() && at(i + 1).isProperNoun();
  }

  /** The chunk starting at {@code i}: [i, end) with its head and possessor; null when none starts there. */
  Phrase chunk(int i) {
    if (!startsChunk(i)) {
      return null;
    }
    int k = i;
    int head = -1;
    int possessorEnd = i - 1;
    while (k < size() && k - i < MAX_PHRASE) {
      Token t = at(k);
      String p = t.pos();
      boolean inside = CHUNK_POS.contains(p) && !(p.equals("DT") && k > i && !at(k - 1).pos().equals("POS") && !at(k - 1).pos().equals("PDT"))
          || possessiveApostrophe(i, k)
          || p.equals("CC") && k > i && at(k - 1).isProperNoun() && k + 2 < size() && at(k + 1).isProperNoun() && at(k + 2).isNoun()
              && !at(k + 2).isProperNoun() // "U.S. and ROK efforts"
          || (t.text().equals(",") || p.equals("CC")) && k > i && (at(k - 1).pos().startsWith("JJ") || at(k - 1).pos().startsWith("RB") && k - 1 > i)
              && adjectiveRunAhead(k + 1) // "immediate, significant, and continuing support", "any just and lasting peace"
          || p.equals("CC") && k > i && at(k - 1).text().equals(",") && k - 2 >= i && at(k - 2).pos().startsWith("JJ") && adjectiveRunAhead(k + 1)
          || (p.equals("VBN") || p.equals("VBG") || p.equals("VBD") && k > i) && (k == i || !at(k - 1).isNoun()) && k + 1 < size()
              && (at(k + 1).isNoun() || at(k + 1).pos().startsWith("JJ") || at(k + 1).pos().equals("VBG") || at(k + 1).pos().equals("CD"))
          || (p.equals("VB") || p.equals("VBP") || p.equals("VBN") || p.equals("VBG")) && k > i && isDeterminer(k - 1)
              && (k + 1 >= size() || !at(k + 1).isNoun()) // "the relaunch of", "the injured a swift recovery"
          || QUOTES.contains(t.text()) && (k + 1 < size() && at(k + 1).isProperNoun() || k > i && at(k - 1).isProperNoun())
          || (t.text().equals("(") && k + 2 < size() && at(k + 1).isProperNoun() && at(k + 2).text().equals(")"))
          || (t.text().equals(")") && k > i + 1 && at(k - 2).text().equals("("))
          || (p.equals("CC") && t.text().equals("&"))
          || (p.equals("PRP$") && k == i)
          || p.startsWith("RB") && k > i && (at(k - 1).pos().equals("DT") || at(k - 1).pos().startsWith("JJ")) && k + 1 < size()
              && (at(k + 1).pos().startsWith("JJ") || at(k + 1).isNoun() // "a just peace", "a truly global effort"
                  || at(k + 1).pos().equals("HYPH") // "the so-called troika"
                  || at(k + 1).pos().equals("CD") // "the roughly 180 missiles"
                  || isWord(k + 1, "and", "or") && adjectiveRunAhead(k + 1)) // "any just and lasting peace"
          || p.equals("IN") && t.text().equalsIgnoreCase("than") && k > i && at(k - 1).pos().equals("JJR") // "(the) more than 1.5 billion"
              && k + 1 < size() && (at(k + 1).pos().equals("CD") || at(k + 1).pos().equals("$"))
          || money(k)
          || k > i && at(k - 1).pos().equals("HYPH") && at(k - 1).end() == t.begin() // "people-to-people ties", "whole-of-society"
          || QUOTES.contains(t.text()) && k > i && isDeterminer(k - 1) && k + 1 < size() // 'the “false choice”'
              && (at(k + 1).isNoun() || at(k + 1).pos().startsWith("JJ"))
          || QUOTES.contains(t.text()) && k > i + 1 && at(k - 1).isNoun() && QUOTES.contains(at(i + 1).text()) && isDeterminer(i);
      if (!inside) {
        break;
      }
      if (p.equals("POS") || possessiveApostrophe(i, k)) {
        possessorEnd = k; // "the United States’ immediate support": the tagger's quote is a possessive
      } else if (t.isNoun() || p.equals("PRP") || t.isVerb() && k > i && isDeterminer(k - 1) && !(k + 1 < size() && at(k + 1).isNoun())) {
        head = k;
      }
      k++;
    }
    if (k == i) {
      k = i + 1; // "us", a quoted name's opening mark: one token
    }
    if (head < 0) {
      // "the two", "our": an adjective or number alone heads its chunk
      head = k - 1;
      while (head > i && (at(head).pos().equals("POS") || QUOTES.contains(at(head).text()) || at(head).text().equals(")"))) {
        head--;
      }
    }
    if (at(i).pos().equals("PRP$")) {
      possessorEnd = Math.max(possessorEnd, i);
    }
    int last = Math.max(head, k - 1);
    boolean quoteOpened = i + 1 < size() && isDeterminer(i) && QUOTES.contains(at(i + 1).text());
    while (last > head && (QUOTES.contains(at(last).text()) && !at(last - 1).isProperNoun() && !quoteOpened || at(last).pos().equals("POS"))) {
      last--;
    }
    return new Phrase(i, last, head, last, possessorEnd);
  }

  /** "$50 billion": a currency sign before a number. */
  private boolean money(int k) {
    return k + 1 < size() && at(k).pos().equals("$") && at(k + 1).pos().equals("CD");
  }

  /** Whether adjectives (or participles) from {@code k} lead to a noun: the rest of a coordinated modifier run. */
  private boolean adjectiveRunAhead(int k) {
    int j = k;
    if (isWord(j, "and", "or")) {
      j++;
    }
    boolean sawAdjective = false;
    while (j < size() && (at(j).pos().startsWith("JJ") || at(j).pos().equals("VBG") || at(j).pos().equals("VBN") || at(j).pos().startsWith("RB"))) {
      sawAdjective |= !at(j).pos().startsWith("RB");
      j++;
    }
    return sawAdjective && j < size() && (at(j).isNoun() || isWord(j, ",", "and"));
  }

  /** "the United States’ commitment", "both countries’ willingness": a tagger's quote mark that is a possessive. */
  private boolean possessiveApostrophe(int first, int k) {
    return isApostrophe(k) && k > first && at(k - 1).isNoun() && at(k - 1).text().endsWith("s") && k + 1 < size()
        && (startsChunk(k + 1) || at(k + 1).isVerb() && k + 2 < size() && at(k + 2).isNoun());
  }

  private boolean isApostrophe(int i) {
    String x = at(i).text();
    return x.equals("’") || x.equals("'") || x.equals("''");
  }

  private boolean isDeterminer(int i) {
    String p = at(i).pos();
    return p.equals("DT") || p.equals("PRP$") || p.equals("POS");
  }

  /** The first chunk at or after {@code from}, skipping adverbs, particles and commas; null when none. */
  Phrase chunkFrom(int from) {
    for (int i = from; i < size(); i++) {
      Phrase c = chunk(i);
      if (c != null) {
        return c;
      }
      String p = at(i).pos();
      if (!(p.startsWith("RB") || p.equals("RP") || p.equals(",") || p.equals("``") || isWord(i, "that", "the"))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The chunk extended over the prepositional phrases and coordinated chunks that follow it ("the security of the
   * ROK", "reconstruction, security, and governance in Gaza"), up to {@link #MAX_PHRASE} tokens; it stops at a
   * verb, a relative clause, an infinitive or a comma before anything but a chunk.
   */
  Phrase extend(Phrase c) {
    int last = c.last();
    int k = last + 1;
    while (k < size()) {
      int next = -1;
      if (isPrep(k, PHRASE_PREPS) && !isWord(k, "to") || isWord(k, "to") && !isVerbForm(k + 1)) {
        Phrase o = chunk(k + 1);
        if (o != null) {
          next = o.last();
        }
      } else if (at(k).pos().equals("VBN") && (isWord(k + 1, "by") || isPrep(k + 1, PHRASE_PREPS) && !isWord(k + 1, "to"))) {
        Phrase o = chunk(k + 2); // "the threat posed by terrorist groups", "Canadians detained in China"
        if (o != null) {
          next = o.last();
        }
      } else if (at(k).pos().equals("CC") && (isWord(k, "and", "or"))) {
        Phrase o = chunk(k + 1);
        if (o != null && !followedByVerb(o)) {
          next = o.last();
        }
      } else if (at(k).text().equals(",")) {
        int j = k + 1;
        if (isWord(j, "and", "or")) {
          j++;
        }
        Phrase o = chunk(j);
        if (o != null && !followedByVerb(o) && (isWord(o.last() + 1, ",", "and", "or") || isWord(j - 1, "and", "or"))) {
          next = o.last();
        }
      }
      if (next < 0 || next - c.first() >= MAX_PHRASE) {
        break;
      }
      last = next;
      k = last + 1;
    }
    return new Phrase(c.first(), last, c.head(), c.coreEnd(), c.possessorEnd());
  }

  /**
   * The phrase extended over the clause that says what it is ("any move that escalates tensions", "any attempt to
   * displace civilians", "those who sustain the conflict"), up to a comma or {@link #MAX_PHRASE} tokens.
   */
  Phrase extendClause(Phrase c) {
    int k = c.last() + 1;
    boolean clause = isWord(k, "that", "which", "who", "whose") || isWord(k, "to") && isVerbForm(k + 1)
        || k < size() && (at(k).pos().equals("VBG") || at(k).pos().equals("VBN"));
    if (!clause) {
      return c;
    }
    int last = c.last();
    while (last + 1 < size() && last + 1 - c.first() < MAX_PHRASE && !at(last + 1).pos().equals(",")
        && !at(last + 1).pos().equals(".") && !isWord(last + 1, ";", "and", "but", "while")) {
      last++;
    }
    return new Phrase(c.first(), last, c.head(), c.coreEnd(), c.possessorEnd());
  }

  private boolean followedByVerb(Phrase o) {
    int j = o.last() + 1;
    return j < size() && (isFiniteVerb(j) || at(j).pos().equals("VB"));
  }

  /** The character span of tokens [first, last]. */
  Span span(int first, int last) {
    return new Span(at(first).begin(), at(last).end());
  }
}
