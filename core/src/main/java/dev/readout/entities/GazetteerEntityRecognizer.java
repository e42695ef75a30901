package dev.readout.entities;

import dev.readout.lexicon.Gazetteer;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places, nationalities, organisations and titles from the gazetteer in readout-models, and person
 * names that follow an honorific or a title ("Mr. HAYASHI Yoshimasa", "Secretary General Rasmussen").
 * Thread-safe.
 */
public final class GazetteerEntityRecognizer implements EntityRecognizer {
  private static final Set<String> TITLE_LINKS = Set.of("of", "for");

  private final Gazetteer gazetteer;

  public GazetteerEntityRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<EntityMention> recognize(String text, List<Sentence> sentences) {
    List<EntityMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> toks = s.tokens();
      List<String> words = toks.stream().map(Token::text).toList();
      boolean[] glued = new boolean[toks.size()];
      for (int k = 1; k < toks.size(); k++) {
        glued[k] = toks.get(k).begin() == toks.get(k - 1).end();
      }
      List<Gazetteer.Match> matches = gazetteer.match(words, glued);
      boolean[] used = new boolean[toks.size()];
      boolean[] lonePlace = new boolean[toks.size()];
      boolean[] personTokens = new boolean[toks.size()];
      boolean[] titleTokens = new boolean[toks.size()];
      boolean[] region = new boolean[toks.size()];
      for (Gazetteer.Match m : matches) {
        for (int k = m.start(); k < m.end(); k++) {
          used[k] = true;
          region[k] = m.entry().type() == EntityType.LOCATION;
        }
        EntityType mt = m.entry().type();
        if (m.end() - m.start() == 1 && (mt == EntityType.GPE || mt == EntityType.LOCATION)) {
          lonePlace[m.start()] = true; // "Lima" right after a title or a first name is a surname
        }
      }
      for (int mi = 0; mi < matches.size(); mi++) {
        Gazetteer.Match m = matches.get(mi);
        if (personTokens[m.start()] || titleTokens[m.start()]) {
          continue;
        }
        int end = m.end();
        EntityType type = m.entry().type();
        if (type == EntityType.TITLE && (isGluedHyphen(toks, m.end()) || m.start() > 0 && isGluedHyphen(toks, m.start() - 1))) {
          continue; // "Amir-Abdollahian" is a name, not an emir
        }
        if (type == EntityType.TITLE) {
          end = extendTitle(toks, end, used, region);
          // "High Representative/Vice-President": two offices of one person, one title
          while (end + 1 < toks.size() && toks.get(end).text().equals("/") && mi + 1 < matches.size()
              && matches.get(mi + 1).start() == end + 1 && matches.get(mi + 1).entry().type() == EntityType.TITLE) {
            mi++;
            end = extendTitle(toks, matches.get(mi).end(), used, region);
          }
        } else if (!isCapitalized(toks.get(m.start()).text()) && type != EntityType.ORGANIZATION) {
          continue;
        }
        int b = toks.get(m.start()).begin();
        int e = toks.get(end - 1).end();
        String canonical = type == EntityType.TITLE && end != m.end() ? null : m.entry().canonical();
        out.add(new EntityMention(b, e, text.substring(b, e), type, canonical, null, "gazetteer"));
        for (int k = m.end(); k < end; k++) {
          used[k] = true;
          titleTokens[k] = true;
        }
        if (type == EntityType.TITLE || isHonorificRun(toks, m.start(), end)) {
          addNameAfter(text, toks, end, used, lonePlace, personTokens, out);
        }
        if (type == EntityType.TITLE) {
          int after = afterAffiliation(toks, end, matches);
          if (after > 0 && after < toks.size() && !personTokens[after]) {
            addNameAfter(text, toks, after, used, lonePlace, personTokens, out); // "Minister of Foreign Affairs of Canada Mélanie Joly"
          }
        }
      }
      addBodies(text, toks, used, out);
      // honorific followed by a name: "Mr. HAYASHI Yoshimasa", "H.E. Mr. Mitsuo Sakaba"
      for (int i = 0; i < toks.size(); i++) {
        if (!used[i] && gazetteer.isHonorific(toks.get(i).text())) {
          int j = i + 1;
          while (j < toks.size() && gazetteer.isHonorific(toks.get(j).text())) {
            j++;
          }
          if (j < toks.size() && !used[j]) {
            addNameAfter(text, toks, j, used, lonePlace, personTokens, out);
          }
          i = j - 1;
        }
      }
    }
    out.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
    List<EntityMention> disjoint = new ArrayList<>();
    for (EntityMention m : out) {
      if (disjoint.isEmpty() || disjoint.get(disjoint.size() - 1).end() <= m.begin()) {
        disjoint.add(m); // the recognizer's contract: mentions do not overlap
      }
    }
    return disjoint;
  }

  private boolean isHonorificRun(List<Token> toks, int b, int e) {
    for (int k = b; k < e; k++) {
      if (!gazetteer.isHonorific(toks.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /** "Minister of Economy, Trade and Industry": link words and capitalised words that are not places. */
  private int extendTitle(List<Token> toks, int end, boolean[] used, boolean[] region) {
    // "Minister for Foreign Affairs of Japan and Mr. X": the "and" joins people, not title words;
    // "Minister for the Indo-Pacific": a region is the office's portfolio, a state its affiliation
    int e = end;
    while (e + 1 < toks.size() && TITLE_LINKS.contains(toks.get(e).text())) {
      int w = e + 1;
      if (toks.get(w).text().equals("the") && w + 1 < toks.size() && region[w + 1]) {
        w++;
      }
      if (!isCapitalized(toks.get(w).text()) || toks.get(w).ner().equals("PERSON")
          || used[w] && !region[w] && !placeInTitle(toks, w, used)) {
        break;
      }
      int k = w;
      while (k < toks.size()
          && (!used[k] || region[k] || placeInTitle(toks, k, used))
          && !toks.get(k).ner().equals("PERSON")
          && (isCapitalized(toks.get(k).text()) || region[k]
              || (toks.get(k).text().equals("and") && k + 1 < toks.size() && isCapitalized(toks.get(k + 1).text())
                  && !gazetteer.isHonorific(toks.get(k + 1).text()) && !toks.get(k + 1).ner().equals("PERSON")))) {
        k++;
      }
      e = k;
    }
    return e;
  }

  /**
   * "the Department of Foreign Affairs", "Embassy of Japan", "Office of the High Commissioner for Human
   * Rights": an organisation head word, "of" or "for", and capitalised words, as one ORGANIZATION.
   */
  private void addBodies(String text, List<Token> toks, boolean[] used, List<EntityMention> out) {
    for (int i = 0; i + 2 < toks.size(); i++) {
      Token head = toks.get(i);
      if (used[i] && !out.stream().anyMatch(e -> e.begin() == head.begin() && e.type() == EntityType.ORGANIZATION)
          || !gazetteer.isOrganisationHead(head.text()) || !TITLE_LINKS.contains(toks.get(i + 1).text())) {
        continue;
      }
      int k = i + 2;
      int last = -1;
      while (k < toks.size() && !toks.get(k).ner().equals("PERSON")) {
        String w = toks.get(k).text();
        if (isCapitalized(w) && toks.get(k).isProperNoun() || isCapitalized(w) && toks.get(k).isNoun()) {
          last = k;
        } else if (!(w.equals("the") || w.equals("and") || w.equals("of") || w.equals("for") || w.equals("'s") || w.equals("’s"))) {
          break;
        }
        k++;
      }
      if (last < 0) {
        continue;
      }
      int b = head.begin();
      int e = toks.get(last).end();
      if (out.stream().anyMatch(m -> m.type() == EntityType.TITLE && m.begin() < e && b < m.end())) {
        continue;
      }
      out.removeIf(m -> b <= m.begin() && m.end() <= e);
      out.add(new EntityMention(b, e, text.substring(b, e), EntityType.ORGANIZATION, null, null, "pattern"));
      for (int x = i; x <= last; x++) {
        used[x] = true;
      }
      i = last;
    }
  }

  /** "Minister for Europe and Foreign Affairs": a place inside a title, joined by "and" to title words. */
  private boolean placeInTitle(List<Token> toks, int k, boolean[] used) {
    return k + 2 < toks.size() && toks.get(k + 1).text().equals("and") && isCapitalized(toks.get(k + 2).text()) && !used[k + 2]
        && !gazetteer.isHonorific(toks.get(k + 2).text()) && !toks.get(k + 2).ner().equals("PERSON");
  }

  /** After "of [the] STATE" or "for [the] ORGANISATION" starting at token k: the next token, else -1. */
  private static int afterAffiliation(List<Token> toks, int k, List<Gazetteer.Match> matches) {
    if (k >= toks.size() || !TITLE_LINKS.contains(toks.get(k).text())) {
      return -1;
    }
    int j = k + 1;
    if (j < toks.size() && toks.get(j).text().equalsIgnoreCase("the")) {
      j++;
    }
    for (Gazetteer.Match m : matches) {
      EntityType t = m.entry().type();
      if (m.start() == j && (t == EntityType.GPE || t == EntityType.ORGANIZATION)) {
        return m.end();
      }
    }
    return -1;
  }

  /** A run of capitalised proper-noun tokens right after a title or honorific is a person's name. */
  private void addNameAfter(String text, List<Token> toks, int start, boolean[] used, boolean[] lonePlace, boolean[] personTokens,
      List<EntityMention> out) {
    int k = start;
    while (k < toks.size() && gazetteer.isHonorific(toks.get(k).text())) {
      k++;
    }
    int b = k;
    while (k < toks.size()
        && (!used[k] || lonePlace[k])
        && isCapitalized(toks.get(k).text())
        && toks.get(k).isProperNoun()
        && !gazetteer.isHonorific(toks.get(k).text())) {
      k++;
      if (k + 1 < toks.size() && isGluedHyphen(toks, k) && isCapitalized(toks.get(k + 1).text())) {
        k++; // "Amir-Abdollahian" split by the tokenizer
      }
    }
    if (k > b) {
      for (int x = b; x < k; x++) {
        used[x] = true;
      }
      int cb = toks.get(b).begin();
      int ce = toks.get(k - 1).end();
      out.removeIf(e -> e.type() != EntityType.TITLE && e.begin() < ce && cb < e.end()); // "Ana Lima" is no city
      for (int x = b; x < k; x++) {
        lonePlace[x] = false;
        personTokens[x] = true;
      }
      out.add(new EntityMention(cb, ce, text.substring(cb, ce), EntityType.PERSON, null, null, "pattern"));
    }
  }

  /** A hyphen written with no space on either side. */
  static boolean isGluedHyphen(List<Token> toks, int k) {
    if (k <= 0 || k + 1 >= toks.size()) {
      return false;
    }
    Token t = toks.get(k);
    return (t.text().equals("-") || t.text().equals("–"))
        && toks.get(k - 1).end() == t.begin() && t.end() == toks.get(k + 1).begin();
  }

  static boolean isCapitalized(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }
}
