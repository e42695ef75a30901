package dev.readout.actors;

import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.TokenRange;
import java.util.List;
import java.util.Optional;

/**
 * Group phrases: "the two leaders", "the three officials" (as many as counted), "both sides", "Participants" go to
 * the participants; "the two ministers" to the latest two holders of a minister's office named in the paragraph,
 * participants first; "the civil rights leaders" and "Some Leaders" are groups of their own; in a chair's
 * statement "Leaders" is its collective group. Runs after the pronouns and before the collective nouns, which
 * would take "the two sides" for a body.
 */
final class CountedGroupSieve implements TokenSieve {
  /** Actors and the rule that chose them. */
  private record Members(List<String> ids, Rule rule) {}

  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    TokenRange g = GroupPhrases.at(c, s, ti);
    if (g == null) {
      return Optional.empty();
    }
    Members m = GroupPhrases.isOwnGroup(c, s, g)
        ? new Members(List.of(GroupPhrases.ownGroup(c, s, g).id), Rule.COUNTED_GROUP_OWN_GROUP)
        : members(c, s, g, c.discourse.participants);
    return Claim.of(c.mention(g.span(s), s, g.last(), MentionKind.GROUP, m.ids(), m.rule()), g.last());
  }

  /** "the three officials" are three: the first three participants; other groups are all of them. */
  private static Members members(ResolutionContext c, Sentence s, TokenRange g, List<String> participants) {
    if (c.discourse.collectiveWe != null) {
      return new Members(List.of(c.discourse.collectiveWe), Rule.COUNTED_GROUP_COLLECTIVE_WE);
    }
    int n = 0;
    for (int k = g.begin(); k < g.end(); k++) {
      n = Math.max(n, s.token(k).text().equalsIgnoreCase("both") ? 2 : c.lexicon.numberWord(s.token(k).text()).orElse(0));
    }
    List<String> holders = GroupPhrases.officeHolders(c, s, g);
    List<String> taking = holders.stream().filter(participants::contains).toList();
    if (n >= 2 && taking.size() >= n) {
      holders = taking; // "Both presidents", not the president the two talked about
    }
    if (n >= 2 && holders.size() >= n) {
      return new Members(holders.subList(holders.size() - n, holders.size()), Rule.COUNTED_GROUP_OFFICE_HOLDERS); // this paragraph's meeting
    }
    if (n >= 2 && participants.size() > n) {
      return new Members(participants.subList(0, n), Rule.COUNTED_GROUP_FIRST_PARTICIPANTS);
    }
    if (participants.size() < 2 && n == 0) {
      // "Participants noted ..." where nobody else is named: a group, not one person
      return new Members(List.of(GroupPhrases.ownGroup(c, s, g).id), Rule.COUNTED_GROUP_NO_PARTICIPANTS);
    }
    return new Members(participants, Rule.COUNTED_GROUP_PARTICIPANTS);
  }
}
