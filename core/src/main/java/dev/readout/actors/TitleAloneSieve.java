package dev.readout.actors;

import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import dev.readout.model.TokenRange;
import java.util.List;

/**
 * A title not next to a name: "The Secretary General welcomed the decision." goes to the named actor whose office
 * holds its words (or who is called "Minister X"), to the person in apposition ("The Chairperson of the
 * Commission, H.E. Mr. X,"), with a nationality to the one compatriot named ("The Brazilian Chancellor") or the
 * issuing state's own minister, else to a title-only actor. Runs after the names and their titles, which it
 * matches against, and before the discourse set-up, so that these people count as participants. A title said
 * before of a title-only actor is that actor again, and a title is never the holder the same sentence names
 * ("The Prime Minister met Italian Prime Minister X": the issuer's own, not X).
 */
final class TitleAloneSieve implements DocumentSieve {
  /** The actor a title names, and how it was found. */
  private record Holder(ActorDraft actor, Rule rule) {}

  @Override
  public void run(ResolutionContext c) {
    for (Sentence s : c.doc.sentences) {
      for (int ti = 0; ti < s.tokens().size(); ti++) {
        if (c.mentions.covered(s, s.tokens().get(ti))) {
          continue;
        }
        TokenRange title = titleMention(c, s, ti);
        if (title != null) {
          Holder h = holder(c, s, title);
          Span span = title.span(s);
          c.mentions.add(c.mention(span, s, Dependencies.headOf(s, title), MentionKind.TITLE, List.of(h.actor().id), h.rule()));
          h.actor().aliases.add(c.doc.textOf(span));
          ti = title.last();
        }
      }
    }
  }

  /** A title not next to a name: "the Secretary General", "The PM"; null at other tokens. */
  static TokenRange titleMention(ResolutionContext c, Sentence s, int ti) {
    DocumentView doc = c.doc;
    EntityMention e = doc.titleStartingAt(s, ti);
    if (e != null) {
      TokenRange r = TokenIndex.range(s, e.span());
      List<Token> t = s.tokens();
      if (r.end() < t.size() && doc.nameStartsAt(s, r.end())) {
        return null; // part of "Minister Kishida"
      }
      int styled = r.end();
      while (styled < t.size() && (t.get(styled).text().equalsIgnoreCase("the") || t.get(styled).text().matches("Rt\\.?|Right") || doc.isHonorificAt(t, styled))) {
        styled++;
      }
      if (styled > r.end() && styled < t.size() && doc.nameStartsAt(s, styled)) {
        return null; // "Prime Minister the Rt Hon X": X's title
      }
      if (r.end() < t.size() && (t.get(r.end()).isProperNoun() && Character.isUpperCase(t.get(r.end()).text().charAt(0)))) {
        return null;
      }
      if (r.begin() > 0 && t.get(r.begin() - 1).text().equals(",") && r.begin() > 1 && doc.nameEndsAt(s, r.begin() - 2)) {
        return null; // apposition: "Rasmussen, NATO Secretary General"
      }
      EntityMention of = doc.ofAfter(s, r.end());
      if (of != null && TokenIndex.range(s, of.span()).end() < t.size() && doc.nameStartsAt(s, TokenIndex.range(s, of.span()).end())) {
        return null; // part of "Minister of Foreign Affairs of Iran Abbas Araghchi"
      }
      if (r.begin() > 0 && doc.isNamePart(s, r.begin() - 1)) {
        return null; // "NATO Secretary General" right after a name or organisation is a modifier
      }
      boolean determined = r.begin() > 0 && t.get(r.begin() - 1).pos().equals("DT");
      if (!determined && r.end() + 1 < t.size() && t.get(r.end()).text().equals("and") && doc.isTitleAt(s, r.end() + 1)) {
        return null; // "Crown Prince and Prime Minister Salman": one person's two titles
      }
      if (t.get(r.last()).pos().equals("NNS")) {
        return null; // "ministers" is a group, not one titled person
      }
      return r;
    }
    return null;
  }

  private static Holder holder(ResolutionContext c, Sentence s, TokenRange r) {
    DocumentView doc = c.doc;
    int after = r.end();
    for (EntityMention next; after + 1 < s.tokens().size() && s.token(after).text().equals("and")
        && (next = doc.entityStartingAt(s, after + 1)) != null && next.type() == EntityType.TITLE; ) {
      after = TokenIndex.range(s, next.span()).end(); // "the Minister of State and Minister of Foreign Affairs of X, H.E. Y"
    }
    ActorDraft apposed = apposedHolder(c, s, after);
    if (apposed != null) {
      return new Holder(apposed, Rule.TITLE_ALONE_APPOSED_HOLDER); // "The Chairperson of the Commission, H.E. Mahmoud Ali Youssouf, expresses ..."
    }
    if (r.begin() >= 2 && s.token(r.begin() - 1).text().equals(",")) {
      EntityMention name = doc.entityEndingAt(s, r.begin() - 2); // "H.E. Dr. Musalia Mudavadi, Prime Cabinet Secretary and ..."
      String id = name == null || name.type() != EntityType.PERSON ? null : c.mentions.actorOf(doc.indexOf(name));
      if (id != null) {
        return new Holder(c.actor(id), Rule.TITLE_ALONE_NAME_BEFORE);
      }
    }
    String surface = doc.textOf(s, r);
    String country = null;
    if (r.begin() > 0) {
      EntityMention nat = doc.entityEndingAt(s, r.begin() - 1);
      if (nat != null && nat.type() == EntityType.NATIONALITY) {
        country = c.gazetteer.countryOf(nat.text()).orElse(null); // "The Iranian minister"
      }
    }
    String title = c.lexicon.titleSynonym(surface).orElse(surface);
    String norm = Titles.norm(title);
    int at = s.token(r.begin()).begin();
    ActorDraft best = officeHolder(c, s, at, Dependencies.headOf(s, r), norm, country);
    ActorDraft again = sameTitleAgain(c, norm, country);
    if (again != null && (best == null || best.firstBegin < sentenceEnd(c, again.firstBegin))) {
      return new Holder(again, Rule.TITLE_ALONE_TITLE_ONLY); // "The Prime Minister met X ... The Prime Minister said": the one without a name
    }
    if (best != null) {
      return new Holder(best, Rule.TITLE_ALONE_OFFICE_HOLDER);
    }
    if (country != null) {
      Holder h = compatriot(c, s, at, norm, country);
      if (h != null) {
        return h;
      }
    }
    for (ActorDraft d : c.actors.all()) {
      // "The Secretary of Foreign Affairs stressed ... The Secretary has also briefed ..."
      if (d.titleOnly && Titles.fit(norm, Titles.norm(d.title)) > 0 && (country == null || country.equals(d.affiliation))) {
        return new Holder(d, Rule.TITLE_ALONE_TITLE_ONLY);
      }
    }
    String name = Character.toUpperCase(title.charAt(0)) + title.substring(1);
    return new Holder(c.actors.titleOnly(name, at, country), Rule.TITLE_ALONE_TITLE_ONLY);
  }

  /** The named person whose office or alias fits the title best, named before it (a heading looks ahead); null if none. */
  private static ActorDraft officeHolder(ResolutionContext c, Sentence s, int at, int head, String norm, String country) {
    ActorDraft best = null;
    int bestScore = 0;
    for (ActorDraft d : c.actors.all()) {
      if (!d.isNamedPerson()) {
        continue;
      }
      if (!s.heading() && d.firstBegin > at) {
        continue; // "The Prime Minister spoke to Crown Prince and Prime Minister X": not X, who is named later
      }
      if (namedApart(c, s, head, d)) {
        continue; // "The Prime Minister met Italian Prime Minister X": not X, whom the same sentence names
      }
      int score = d.title == null ? 0 : Titles.fit(norm, Titles.norm(d.title));
      for (String alias : d.aliases) {
        if (Titles.norm(alias).equals(norm)) {
          score = Math.max(score, 3); // "the Prime Cabinet Secretary" once said of the holder
        } else if (Titles.norm(alias).startsWith(norm + " ")) {
          score = Math.max(score, 2); // "the Minister" for someone called "Minister Wong"
        }
      }
      if (score > 0 && country != null) {
        if (d.affiliation != null && !country.equals(d.affiliation)) {
          continue;
        }
        score += d.affiliation != null ? 4 : 0; // "The Iranian minister": the minister known to be Iran's first
      }
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return best;
  }

  /** The end of the sentence holding character {@code at}. */
  private static int sentenceEnd(ResolutionContext c, int at) {
    return c.doc.sentences.stream().filter(x -> x.begin() <= at && at < x.end()).mapToInt(Sentence::end).findFirst().orElse(at);
  }

  /**
   * A title-only actor this title was said of before ("The Prime Minister met …", then "The Prime Minister said …"),
   * which wins over a named holder known by the end of the sentence it was made in; null if none.
   */
  private static ActorDraft sameTitleAgain(ResolutionContext c, String norm, String country) {
    for (ActorDraft d : c.actors.all()) {
      if (d.titleOnly && (country == null || country.equals(d.affiliation))
          && d.aliases.stream().anyMatch(a -> Titles.norm(c.lexicon.titleSynonym(a).orElse(a)).equals(norm))) {
        return d;
      }
    }
    return null;
  }

  /**
   * Whether the title is a subject and the same clause names the person by name apart from it ("The Prime Minister
   * met Prime Minister X", not "The Minister, X, met ..."), or a headline names them either side of a meeting word
   * ("PM meeting with Prime Minister X"): then the title is someone else.
   */
  private static boolean namedApart(ResolutionContext c, Sentence s, int title, ActorDraft d) {
    int verb = s.token(title).head();
    return c.mentions.all().stream().anyMatch(m -> m.sentence() == s.index() && m.kind() == MentionKind.NAME && m.actors().equals(List.of(d.id))
        && (verb >= 0 && Dependencies.isSubject(s, title) && Dependencies.upFrom(s, m.head()).contains(verb) && !Dependencies.upFrom(s, m.head()).contains(title)
            || s.heading() && meetingBetween(c, s, title, m.head())));
  }

  /** A headline's "PM meeting with Prime Minister X", "Minister A meets B": a meeting word between the title and the name. */
  private static boolean meetingBetween(ResolutionContext c, Sentence s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String lemma = s.token(k).lemma().toLowerCase(java.util.Locale.ROOT);
      if (c.lexicon.isMeetingVerb(lemma) || lemma.equals("meeting")) {
        return true;
      }
    }
    return false;
  }

  /** "The Brazilian Chancellor": the one Brazilian named so far, or the issuing state's own minister; null if neither. */
  private static Holder compatriot(ResolutionContext c, Sentence s, int at, String norm, String country) {
    List<ActorDraft> compatriots = c.actors.all().stream()
        .filter(d -> d.isNamedPerson() && country.equals(d.affiliation) && (s.heading() || d.firstBegin < at))
        .toList();
    if (compatriots.size() > 1) { // "The Kenyan Prime Cabinet Secretary", not Kenya's President
      compatriots = compatriots.stream().filter(d -> d.title != null && Titles.sharesWord(norm, Titles.norm(d.title))).toList();
    }
    if (compatriots.size() == 1) {
      return new Holder(compatriots.get(0), Rule.TITLE_ALONE_COMPATRIOT);
    }
    // "The Brazilian Chancellor" in a Brazilian ministry's release: its own minister, whose affiliation goes unsaid
    List<ActorDraft> unaffiliated = c.actors.all().stream()
        .filter(d -> d.isNamedPerson() && d.affiliation == null && (s.heading() || d.firstBegin < at))
        .toList();
    if (compatriots.isEmpty() && unaffiliated.size() == 1 && country.equals(c.doc.issuerCountry())) {
      unaffiliated.get(0).setAffiliation(country);
      return new Holder(unaffiliated.get(0), Rule.TITLE_ALONE_ISSUER_MINISTER);
    }
    return null;
  }

  /** The person named in apposition after token k, "[of ORG] , [honorifics] NAME", or null. */
  private static ActorDraft apposedHolder(ResolutionContext c, Sentence s, int k) {
    DocumentView doc = c.doc;
    List<Token> t = s.tokens();
    EntityMention of = doc.ofAfter(s, k);
    if (of != null) {
      k = TokenIndex.range(s, of.span()).end();
    } else if (k < t.size() && DocumentView.isOfOrFor(t.get(k))) {
      int j = k + 1; // "of the Commission", a body the recognisers did not name
      if (j < t.size() && t.get(j).text().equalsIgnoreCase("the")) {
        j++;
      }
      int start = j;
      while (j < t.size() && (Character.isUpperCase(t.get(j).text().charAt(0)) || j > start && t.get(j).text().equals("and"))) {
        j++;
      }
      k = j > start ? j : k;
    }
    if (k + 2 < t.size() && t.get(k).text().equals("and") && Character.isUpperCase(t.get(k + 1).text().charAt(0)) && t.get(k + 2).text().equals(",")) {
      k += 2; // "The Minister for Foreign Affairs and Trade, X": the office's last word the recognisers left out
    }
    if (k + 1 >= t.size() || !t.get(k).text().equals(",")) {
      return null;
    }
    k++;
    while (k < t.size() && doc.isHonorificAt(t, k)) {
      k++;
    }
    EntityMention second = doc.entityStartingAt(s, k);
    if (second != null && second.type() == EntityType.TITLE) {
      k = TokenIndex.range(s, second.span()).end(); // "the Minister for Foreign Affairs of Australia, Senator Penny Wong"
    }
    EntityMention name = k < t.size() ? doc.entityStartingAt(s, k) : null;
    String id = name == null || name.type() != EntityType.PERSON ? null : c.mentions.actorOf(doc.indexOf(name));
    return id == null ? null : c.actor(id);
  }
}
