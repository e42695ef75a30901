package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "The Iranian minister welcomed the talks.": a role noun after a nationality names the one person of that
 * country the text has introduced; nothing when there is none or more than one. Runs late: a title standing alone
 * ("The Iranian Foreign Minister") has been read by the title sieve already.
 */
final class RoleOfStateSieve implements TokenSieve {
  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    Token t = s.token(ti);
    if (!t.isNoun() || ti == 0 || !(c.lexicon.isGroupNoun(t.lemma()) || c.gazetteer.lookup(t.text()).map(e -> e.type() == EntityType.TITLE).orElse(false))) {
      return Optional.empty();
    }
    if (t.pos().endsWith("S")) {
      return Optional.empty();
    }
    int k = ti - 1;
    EntityMention nat = c.doc.nationalityEndingAt(s, k);
    if (nat == null) {
      return Optional.empty();
    }
    String country = c.gazetteer.countryOf(nat.text()).orElse(null);
    List<ActorDraft> people = c.actors.all().stream().filter(d -> d.kind == ActorKind.PERSON && country != null && country.equals(d.affiliation)).toList();
    if (people.size() != 1) {
      return Optional.empty();
    }
    int first = k > 0 && s.token(k - 1).pos().equals("DT") ? k - 1 : k;
    Span span = new Span(s.token(first).begin(), t.end());
    return Claim.of(c.mention(span, s, ti, MentionKind.TITLE, List.of(people.get(0).id), Rule.ROLE_OF_STATE), ti);
  }
}
