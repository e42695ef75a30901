package dev.readout.attribution;

import dev.readout.model.Rule;
import dev.readout.model.Sentence;

/**
 * A passive cue's agent speaks: "The decision was welcomed by the European Union." A passive cue without one has
 * no speaker ("It was agreed that ..."). Runs after {@link SubjectOfCueRule}: a passive has no active subject.
 */
final class PassiveAgentRule implements SpeakerRule {
  private static final String RULE = Rule.PASSIVE_AGENT.id();

  @Override
  public Verdict apply(Attribution a, Sentence s, int head, int depth) {
    if (s.child(head, "aux:pass").isEmpty() && s.child(head, "nsubj:pass").isEmpty()) {
      return Verdict.PASS;
    }
    var agent = s.child(head, "obl:agent").or(() -> s.children(head).stream()
        .filter(c -> c.relation().equals("obl") && s.child(c.index(), "case").map(k -> k.lemma().equalsIgnoreCase("by")).orElse(false))
        .findFirst());
    if (agent.isEmpty()) {
      return Verdict.NONE;
    }
    Refs ids = a.actorsFor(s, agent.get().index());
    return ids.isEmpty() ? Verdict.NONE : Verdict.of(new Speaker(ids, RULE, RULE));
  }
}
