package dev.readout.actors;

import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "They", "their", "them": a group subject before it in its sentence ("The members of the Council reaffirmed their
 * support"), else the latest group subject of the text, at first the participants ("X and Y met. They agreed ...").
 * Runs after "we", which is plural too.
 */
final class TheySieve implements TokenSieve {
  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Token t = here.sentence().token(ti);
    if (!PronounAt.is(c, t, PronounAt::isThey)) {
      return Optional.empty();
    }
    Sentence s = here.sentence();
    List<String> ids = c.discourse.lastPlural;
    Rule rule = Rule.THEY_LAST_PLURAL;
    for (ActorMention m : reversed(c.mentions.of(s.index(), here.found()))) {
      if (m.head() < ti && m.kind() != MentionKind.PRONOUN && Dependencies.isSubject(s, m.head())
          && (m.actors().size() > 1 || m.kind() == MentionKind.GROUP)) {
        ids = m.actors();
        rule = Rule.THEY_GROUP_SUBJECT;
        break;
      }
    }
    if (ids.isEmpty()) {
      return Claim.of(null, ti);
    }
    return Claim.of(new ActorMention(t.begin(), t.end(), t.text(), s.index(), ti, MentionKind.PRONOUN, ids, rule.id()), ti);
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> out = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }
}
