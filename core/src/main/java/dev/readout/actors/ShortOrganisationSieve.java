package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "The Department rejects these claims.": a capitalised head noun after "the" that begins or ends the name of an
 * organisation already named ("Department of Foreign Affairs", "European Commission"), else the input's issuer
 * when its name begins so ("Department of Foreign Affairs, Republic of the Philippines"). Runs after the
 * collective nouns and team, before the roles of states.
 */
final class ShortOrganisationSieve implements TokenSieve {
  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    Token t = s.token(ti);
    if (!t.isProperNoun() || ti == 0 || !s.token(ti - 1).text().equalsIgnoreCase("the") || !Character.isUpperCase(t.text().charAt(0))) {
      return Optional.empty();
    }
    if (ti + 1 < s.tokens().size() && s.token(ti + 1).isProperNoun()) {
      return Optional.empty();
    }
    Span span = new Span(s.token(ti - 1).begin(), t.end());
    for (ActorDraft d : c.actors.all()) {
      if (d.kind != ActorKind.ORGANIZATION) {
        continue;
      }
      String[] words = d.name.split("\\s+");
      if (words.length > 1 && (words[0].equals(t.text()) || words[words.length - 1].equals(t.text()))) {
        d.aliases.add(t.text());
        return Claim.of(c.mention(span, s, ti, MentionKind.NAME, List.of(d.id), Rule.SHORT_ORGANISATION_NAMED), ti);
      }
    }
    // "The Department rejects ..." in a release whose input says it is issued by the Department of Foreign Affairs
    String issuer = c.doc.issuerOrganisation();
    if (issuer != null && issuer.contains(" ") && issuer.substring(0, issuer.indexOf(' ')).equals(t.text())) {
      ActorDraft d = c.actors.all().stream().filter(x -> x.kind == ActorKind.ORGANIZATION && x.name.equals(issuer)).findFirst()
          .orElseGet(() -> c.actors.fresh(issuer, ActorKind.ORGANIZATION));
      d.aliases.add(t.text());
      return Claim.of(c.mention(span, s, ti, MentionKind.NAME, List.of(d.id), Rule.SHORT_ORGANISATION_ISSUER), ti);
    }
    return Optional.empty();
  }
}
