package dev.readout.actors;

import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Secretary Ortiz and her team reaffirmed their support.": the team of someone who took part in the meeting is
 * the meeting's participants. Runs after the collective nouns ("the Ukrainian delegation" is a state's) and
 * needs the participants the discourse set-up found.
 */
final class OwnTeamSieve implements TokenSieve {
  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    Token t = s.token(ti);
    if (!t.isNoun() || !c.lexicon.isGroupNoun(t.lemma()) || !t.relation().equals("conj") || t.head() < 0) {
      return Optional.empty();
    }
    boolean own = s.children(ti).stream().anyMatch(k -> k.pos().equals("PRP$") && c.lexicon.pronoun(k.text()).isPresent());
    if (!own) {
      return Optional.empty();
    }
    List<String> leader = new ArrayList<>();
    for (ActorMention m : c.mentions.of(s.index(), here.found())) {
      if (m.head() == t.head()) {
        leader = m.actors();
      }
    }
    List<String> participants = c.discourse.participants;
    if (leader.isEmpty() || !participants.containsAll(leader)) {
      return Optional.empty();
    }
    int first = ti;
    for (Token k : s.children(ti)) {
      first = Math.min(first, k.index());
    }
    Span span = new Span(s.token(first).begin(), t.end());
    return Claim.of(c.mention(span, s, ti, MentionKind.GROUP, participants, Rule.OWN_TEAM), ti);
  }
}
