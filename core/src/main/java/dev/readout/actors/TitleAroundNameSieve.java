package dev.readout.actors;

import dev.readout.lexicon.Gender;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import dev.readout.model.TokenRange;
import java.util.List;

/**
 * Title, affiliation and gender read from the words around a person's name: "NATO Secretary General Mark Rutte",
 * "Mr. Kenji Tanaka, Minister for Foreign Affairs of Japan,", "Prime Minister Narendra Modi of India", "Minister of
 * Foreign Affairs of Canada Mélanie Joly", and the gender from an honorific or a given name. Makes no mention.
 * Runs with the names, entity by entity: the first title read wins, and a title standing alone (next sieve) is
 * matched against these offices.
 */
final class TitleAroundNameSieve implements EntitySieve {
  @Override
  public void atEntity(ResolutionContext c, int i) {
    EntityMention e = c.doc.entities.get(i);
    String id = c.mentions.actorOf(i);
    int si = TokenIndex.sentenceAt(c.doc.sentences, e.begin());
    if (e.type() != EntityType.PERSON || id == null || si < 0 || c.doc.sentence(si).tokens().isEmpty()) {
      return;
    }
    Sentence s = c.doc.sentence(si);
    read(c, s, TokenIndex.range(s, e.span()), c.actor(id));
  }

  private static void read(ResolutionContext c, Sentence s, TokenRange r, ActorDraft d) {
    List<Token> t = s.tokens();
    DocumentView doc = c.doc;
    if (d.gender == Gender.ANY && r.size() >= 2) {
      // gender from the given name: "Jutta Urpilainen", and "HAYASHI Yoshimasa" with the family name first
      String first = t.get(r.begin()).text();
      String given = first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT)) ? t.get(r.begin() + 1).text() : first;
      c.lexicon.givenNameGender(given).ifPresent(d::knowGender);
    }
    // gender from an honorific right before the name
    int k = r.begin() - 1;
    while (k >= 0) {
      int style = doc.styleEndingAt(s, k); // "Rt. Hon.", "His Highness": a style of several words
      if (style >= 0) {
        k = style - 1;
      } else if (doc.isHonorificAt(t, k)) {
        c.lexicon.honorificGender(t.get(k).text()).ifPresent(d::knowGender);
        k--;
      } else {
        break;
      }
    }
    EntityMention before = doc.entityEndingAt(s, k);
    if (before == null && k >= 1 && t.get(k).text().equals(",")) {
      // "The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, ..."
      EntityMention org = doc.entityEndingAt(s, k - 1);
      if (org != null && org.type() == EntityType.TITLE) {
        d.setTitle(doc.titleText(org));
        affiliationAroundTitle(doc, s, org, d); // "Mexico's Secretary of Foreign Affairs, Marcelo Ebrard"
      } else if (org != null && DocumentView.isAffiliationType(org.type())) {
        titleOfAffiliation(c, s, org, d);
      }
    }
    if (before != null && DocumentView.isAffiliationType(before.type())) {
      titleOfAffiliation(c, s, before, d); // "Minister of Foreign Affairs of Canada Mélanie Joly"
    }
    if (before != null && before.type() == EntityType.TITLE) {
      titleBefore(c, s, r, d, before);
    }
    titleAfter(c, s, r, d);
    // "Prime Minister Narendra Modi of India", and without a title "Sam Altman of OpenAI"
    EntityMention of = doc.ofAfter(s, r.end());
    if (of != null && (d.title != null || of.type() == EntityType.ORGANIZATION && s.tokens().get(r.end()).text().equals("of")
        && TokenIndex.range(s, of.span()).begin() == r.end() + 1)) {
      d.setAffiliation(doc.affiliationOf(of));
    }
  }

  /** "NATO's Secretary General Mark Rutte", "Minister Kishida": the title right before the name. */
  private static void titleBefore(ResolutionContext c, Sentence s, TokenRange r, ActorDraft d, EntityMention title) {
    DocumentView doc = c.doc;
    d.setTitle(doc.titleText(title));
    TokenRange tr = TokenIndex.range(s, title.span());
    if (tr.end() == r.begin()) {
      d.aliases.add(title.text() + " " + doc.textOf(s, r));
    }
    c.lexicon.honorificGender(title.text()).ifPresent(d::knowGender);
    affiliationAroundTitle(doc, s, title, d);
  }

  /** The state or body right before a title ("NATO's", "Syrian") or after it ("of Japan"). */
  private static void affiliationAroundTitle(DocumentView doc, Sentence s, EntityMention title, ActorDraft d) {
    TokenRange tr = TokenIndex.range(s, title.span());
    EntityMention aff = doc.entityEndingAt(s, possessiveBefore(s, tr.begin() - 1));
    if (aff != null) {
      d.setAffiliation(doc.affiliationOf(aff));
    }
    EntityMention of = doc.ofAfter(s, pastJointTitles(doc, s, title));
    if (of != null) {
      d.setAffiliation(doc.affiliationOf(of));
    }
  }

  /** ", NATO Secretary General" / ", Minister for Foreign Affairs of Japan" after the name. */
  private static void titleAfter(ResolutionContext c, Sentence s, TokenRange r, ActorDraft d) {
    DocumentView doc = c.doc;
    List<Token> t = s.tokens();
    int a = r.end();
    if (a >= t.size() || !t.get(a).text().equals(",")) {
      return;
    }
    EntityMention first = doc.entityStartingAt(s, a + 1);
    EntityMention title = first;
    EntityMention aff = null;
    if (first != null && first.type() != EntityType.TITLE && DocumentView.isAffiliationType(first.type())) {
      aff = first;
      int next = TokenIndex.range(s, first.span()).end();
      if (next < t.size() && t.get(next).text().matches("['’]s")) {
        next++;
      }
      title = doc.entityStartingAt(s, next);
    }
    if (title != null && title.type() == EntityType.TITLE) {
      d.setTitle(doc.titleText(title));
      if (aff != null) {
        d.setAffiliation(doc.affiliationOf(aff));
      }
      EntityMention of = doc.ofAfter(s, pastJointTitles(doc, s, title));
      if (of != null) {
        d.setAffiliation(doc.affiliationOf(of));
      }
    }
  }

  /**
   * The token after a title and any offices joined to it ("Deputy Prime Minister and Minister of Foreign Affairs and
   * Expatriates of Jordan": the "of" that names the state of both).
   */
  private static int pastJointTitles(DocumentView doc, Sentence s, EntityMention title) {
    List<Token> t = s.tokens();
    int end = TokenIndex.range(s, title.span()).end();
    for (int guard = 0; guard < 3 && end + 1 < t.size() && t.get(end).text().equals("and"); guard++) {
      EntityMention next = doc.entityStartingAt(s, end + 1);
      if (next != null && next.type() == EntityType.TITLE) {
        end = TokenIndex.range(s, next.span()).end();
      } else if (Character.isUpperCase(t.get(end + 1).text().charAt(0)) && doc.entityStartingAt(s, end + 1) == null
          && end + 2 < t.size() && DocumentView.isOfOrFor(t.get(end + 2))) {
        end = end + 2; // "... Foreign Affairs and Expatriates of": one capitalised word ending the office's name
      } else {
        break;
      }
    }
    return end;
  }

  /** "Minister of External Affairs of India": the title before "of ORG", with the organisation as affiliation. */
  private static void titleOfAffiliation(ResolutionContext c, Sentence s, EntityMention org, ActorDraft d) {
    List<Token> t = s.tokens();
    int link = TokenIndex.range(s, org.span()).begin() - 1;
    if (link >= 1 && t.get(link).text().equalsIgnoreCase("the")) {
      link--;
    }
    if (link >= 1 && DocumentView.isOfOrFor(t.get(link))) {
      EntityMention title = c.doc.entityEndingAt(s, link - 1);
      if (title != null && title.type() == EntityType.TITLE) {
        d.setTitle(c.doc.titleText(title));
        d.setAffiliation(c.doc.affiliationOf(org));
      }
    }
  }

  private static int possessiveBefore(Sentence s, int k) {
    if (k >= 0 && s.tokens().get(k).text().matches("['’]s")) {
      return k - 1;
    }
    return k;
  }
}
