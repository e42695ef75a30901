package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "I", "me", "my": inside a quotation, the person it is quoted from ("Minister Coveney said: “I discussed with the
 * Secretary of State ...”", "“I am relieved,” Mr Goff said."); outside one, in a first-person release ("I welcome
 * the agreement", "Sophie and I extend our condolences"), its author: the person the release names most often as
 * a subject, else the first person it names. Runs before "we", which is the first person plural.
 */
final class FirstPersonSieve implements TokenSieve {
  private static final Set<String> FORMS = Set.of("i", "me", "my", "myself");
  private static final Set<Character> OPENING = Set.of('“', '"', '«');
  private static final Set<Character> CLOSING = Set.of('”', '"', '»');

  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    Token t = s.token(ti);
    if (!t.pos().startsWith("PRP") || !FORMS.contains(t.text().toLowerCase(java.util.Locale.ROOT)) || t.text().equals("i")) {
      return Optional.empty();
    }
    String text = c.doc.text;
    int open = openingQuoteBefore(text, t.begin());
    String who = null;
    Rule rule = Rule.FIRST_PERSON_QUOTED;
    if (open >= 0) {
      who = quotedSpeaker(c, here, open);
    }
    if (who == null) {
      who = author(c);
      rule = Rule.FIRST_PERSON_AUTHOR;
    }
    if (who == null) {
      return Claim.of(null, ti);
    }
    return Claim.of(c.mention(t.span(), s, ti, MentionKind.PRONOUN, List.of(who), rule), ti);
  }

  /** Where the quotation that holds {@code at} opens, or -1 when {@code at} is in no quotation of its paragraph. */
  static int openingQuoteBefore(String text, int at) {
    int paragraph = text.lastIndexOf('\n', at - 1) + 1;
    int open = -1;
    for (int i = paragraph; i < at; i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        open = open >= 0 ? -1 : i;
      } else if (OPENING.contains(ch)) {
        open = i;
      } else if (CLOSING.contains(ch)) {
        open = -1;
      }
    }
    if (open < 0 && paragraph > 0) {
      // a quotation that runs on into this paragraph: one that opens it without closing in the paragraph before
      int prev = text.lastIndexOf('\n', paragraph - 2) + 1;
      if (paragraph - prev > 1 && (OPENING.contains(text.charAt(paragraph)) || text.charAt(paragraph) == '"')) {
        return paragraph;
      }
    }
    return open;
  }

  /** The person a quotation opening at {@code open} is from: named before it (in its sentence or one ending ":"), else just after it closes. */
  private static String quotedSpeaker(ResolutionContext c, SentenceScope here, int open) {
    String before = null;
    int sentenceIndex = here.sentence().index();
    for (Sentence s : c.doc.sentences) {
      if (s.span().begin() <= open && open < s.span().end()) {
        sentenceIndex = s.index(); // the sentence the quotation opens in, which may be an earlier one
      }
    }
    List<ActorMention> there = sentenceIndex == here.sentence().index() ? c.mentions.of(sentenceIndex, here.found())
        : c.mentions.of(sentenceIndex, List.of());
    for (ActorMention m : there) {
      if (m.end() <= open && person(c, m)) {
        before = m.actors().get(0);
      }
    }
    if (before != null) {
      return before;
    }
    if (sentenceIndex > 0) {
      Sentence prev = c.doc.sentence(sentenceIndex - 1);
      String prevText = c.doc.textOf(prev.span()).strip();
      if (prevText.endsWith(":")) {
        String last = null;
        for (ActorMention m : c.mentions.all()) {
          if (m.sentence() == prev.index() && person(c, m)) {
            last = m.actors().get(0);
          }
        }
        if (last != null) {
          return last;
        }
      }
    }
    int close = closingQuoteAfter(c.doc.text, open);
    if (close < 0) {
      return null;
    }
    int paragraphEnd = c.doc.text.indexOf('\n', close);
    int limit = paragraphEnd < 0 ? c.doc.text.length() : paragraphEnd;
    ActorMention first = null;
    for (ActorMention m : c.mentions.all()) {
      if (m.begin() > close && m.begin() < Math.min(limit, close + 80) && person(c, m) && (first == null || m.begin() < first.begin())) {
        first = m; // "“…,” Mr Goff said."
      }
    }
    return first == null ? null : first.actors().get(0);
  }

  private static int closingQuoteAfter(String text, int open) {
    for (int i = open + 1; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (CLOSING.contains(ch) || ch == '"') {
        return i;
      }
    }
    return -1;
  }

  private static boolean person(ResolutionContext c, ActorMention m) {
    return m.actors().size() == 1 && c.kind(m.actors().get(0)) == ActorKind.PERSON && m.kind() != MentionKind.PRONOUN;
  }

  /** The release's author: the person most often its subject, else the first person it names. */
  private static String author(ResolutionContext c) {
    String best = null;
    int most = 0;
    String first = null;
    int firstAt = Integer.MAX_VALUE;
    for (ActorMention m : c.mentions.all()) {
      if (!person(c, m)) {
        continue;
      }
      String id = m.actors().get(0);
      int n = c.discourse.subjectCount(id);
      if (n > most) {
        best = id;
        most = n;
      }
      if (m.begin() < firstAt) {
        first = id;
        firstAt = m.begin();
      }
    }
    return best != null ? best : first;
  }
}
