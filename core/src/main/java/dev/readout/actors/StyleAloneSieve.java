package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A style of address standing alone: "His Highness welcomed the visit." is the person styled so before ("His
 * Highness Sheikh Khalid bin Saeed received ..."), the readout's most frequent subject first when several were.
 * Runs first in the sweep: "His" would otherwise be taken for a pronoun.
 */
final class StyleAloneSieve implements TokenSieve {
  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    DocumentView doc = c.doc;
    int end = doc.styleEnd(s, ti);
    if (end < 0 || end < s.tokens().size() && (doc.isHonorificAt(s.tokens(), end) || doc.entityStartingAt(s, end) != null)) {
      return Optional.empty();
    }
    String style = doc.textOf(new Span(s.token(ti).begin(), s.token(end - 1).end())).toLowerCase(Locale.ROOT);
    ActorDraft best = null;
    for (ActorMention m : c.mentions.all()) {
      if (m.kind() != MentionKind.NAME || m.begin() >= s.token(ti).begin() || c.kind(m.actors().get(0)) != ActorKind.PERSON) {
        continue;
      }
      Sentence ms = doc.sentence(m.sentence());
      // back from the name over honorifics and titles to the style: "His Highness Sheikh [Abdullah ...]"
      int e = TokenIndex.firstAt(ms, m.begin());
      while (e > 0 && doc.styleStart(ms, e) < 0 && (doc.isHonorificAt(ms.tokens(), e - 1) || doc.isTitleAt(ms, e - 1))) {
        e--;
      }
      int k = doc.styleStart(ms, e);
      if (k >= 0 && doc.textOf(new Span(ms.token(k).begin(), ms.token(e - 1).end())).toLowerCase(Locale.ROOT).equals(style)) {
        ActorDraft d = c.actor(m.actors().get(0));
        if (best == null || c.discourse.subjectCount(d.id) > c.discourse.subjectCount(best.id)) {
          best = d;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Span span = new Span(s.token(ti).begin(), s.token(end - 1).end());
    best.aliases.add(doc.textOf(span));
    return Claim.of(c.mention(span, s, end - 1, MentionKind.TITLE, List.of(best.id), Rule.STYLE_ALONE), TokenIndex.firstAt(s, span.end() - 1));
  }
}
