package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import dev.readout.model.TokenRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Group noun phrases: where one is ("the two leaders", "both sides", "Participants"), whether it is a group of its
 * own ("the civil rights leaders") and who holds the office it names ("the two ministers").
 */
final class GroupPhrases {
  /** Words that count or determine a group without describing it: "all of the two leaders". */
  private static final Set<String> COUNTING_WORDS = Set.of("the", "both", "all", "of", "two");

  private GroupPhrases() {}

  /**
   * "the two leaders", "both sides", "The leaders", "Participants", "all of the participants", "the
   * two": tokens ending at the group noun; null when the words at {@code ti} are no group.
   */
  static TokenRange at(ResolutionContext c, Sentence s, int ti) {
    List<Token> t = s.tokens();
    String w = t.get(ti).text().toLowerCase(Locale.ROOT);
    int j = ti;
    if (w.equals("all") && ti + 2 < t.size() && t.get(ti + 1).text().equalsIgnoreCase("of")) {
      j = ti + 2;
      w = t.get(j).text().toLowerCase(Locale.ROOT);
    }
    if (w.equals("the") || w.equals("both") || w.equals("all") || c.lexicon.isPartitive(w)) {
      j++;
    }
    if (w.equals("all") && j < t.size() && t.get(j).lemma().equalsIgnoreCase("party")) {
      return null; // "all parties" are those to a conflict, not the meeting's
    }
    if (j < t.size() && (t.get(j).text().equalsIgnoreCase("two") || j > ti && t.get(j).pos().equals("CD") && t.get(j).text().chars().allMatch(Character::isLetter))) {
      j++;
      if (j >= t.size() || !(t.get(j).isNoun() || t.get(j).pos().startsWith("JJ"))) {
        return Dependencies.isSubject(s, j - 1) ? new TokenRange(ti, j) : null; // "the two" alone
      }
    }
    if (w.equals("both") && j == ti + 1 && Dependencies.isSubject(s, ti)) {
      return new TokenRange(ti, ti + 1); // "Both agreed to ..."
    }
    int end = j;
    while (end < t.size() && (t.get(end).isNoun() || t.get(end).pos().startsWith("JJ")) && !c.mentions.covered(s, t.get(end))) {
      end++;
    }
    if (end == j || end == ti) {
      return null;
    }
    Token head = t.get(end - 1);
    boolean counted = j > ti && (w.equals("both") || t.get(j - 1).pos().equals("CD"));
    if (!isPluralGroupNoun(c, head) && !(counted && (head.pos().equals("NNS") || head.pos().equals("NNPS")))) {
      return null;
    }
    // a bare plural ("Participants discussed") names the participants only as a subject
    if (j == ti && !Dependencies.isSubject(s, end - 1)) {
      return null;
    }
    return new TokenRange(ti, end);
  }

  /** "leaders", and "Ministers" that a tagger took for a proper noun. */
  static boolean isPluralGroupNoun(ResolutionContext c, Token t) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (t.pos().equals("NNS")) {
      return c.lexicon.isGroupNoun(t.lemma());
    }
    return t.pos().startsWith("NNP") && lower.endsWith("s") && c.lexicon.isGroupNoun(lower.substring(0, lower.length() - 1));
  }

  /**
   * "The civil rights leaders", "Other business leaders": a plural whose modifiers set a group apart from
   * the meeting's participants. "The two foreign ministers" and "the defence ministers" (a title) are not.
   */
  static boolean isOwnGroup(ResolutionContext c, Sentence s, TokenRange g) {
    int head = g.last();
    List<String> words = new ArrayList<>();
    boolean common = false;
    for (int k = g.begin(); k < head; k++) {
      Token t = s.token(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (c.lexicon.isPartitive(w)) {
        return true; // "Some Leaders", "Other business leaders"
      }
      if (!COUNTING_WORDS.contains(w) && !t.pos().equals("CD")) {
        common |= t.pos().equals("NN") || t.pos().equals("NNS");
        words.add(t.text());
      }
    }
    if (!common) {
      return false;
    }
    words.add(s.token(head).lemma());
    return c.gazetteer.match(words).stream().noneMatch(m -> m.entry().type() == EntityType.TITLE && m.start() == 0 && m.end() == words.size());
  }

  /** The actor of a group of its own, named by its words without article or count: "civil rights leaders". */
  static ActorDraft ownGroup(ResolutionContext c, Sentence s, TokenRange g) {
    int first = g.begin();
    while (first < g.last() && COUNTING_WORDS.contains(s.token(first).text().toLowerCase(Locale.ROOT))) {
      first++;
    }
    String name = c.doc.textOf(s, new TokenRange(first, g.end()));
    return c.actors.named(name, ActorKind.GROUP);
  }

  /**
   * "the two ministers": the people named earlier in the paragraph whose office the group noun names ("Foreign
   * Minister", "Minister of Foreign Affairs", not "President"), ordered by their latest mention; empty when the
   * group noun is no office ("leaders", "sides").
   */
  static List<String> officeHolders(ResolutionContext c, Sentence s, TokenRange g) {
    Token head = s.token(g.last());
    List<String> words = List.of(head.lemma());
    if (c.gazetteer.match(words).stream().noneMatch(m -> m.entry().type() == EntityType.TITLE)) {
      return List.of();
    }
    int before = s.token(g.begin()).begin();
    int paragraph = c.doc.paragraphOf(s);
    Map<String, Integer> latest = new HashMap<>();
    for (ActorMention m : c.mentions.all()) {
      if (m.begin() >= paragraph && m.begin() < before && m.actors().size() == 1 && m.kind() != MentionKind.PRONOUN) {
        ActorDraft d = c.actor(m.actors().get(0));
        if (Titles.holdsOffice(d, Titles.norm(head.lemma()))) {
          latest.merge(d.id, m.begin(), Math::max);
        }
      }
    }
    return latest.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
  }
}
