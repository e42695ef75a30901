package dev.readout.stance;

import dev.readout.model.Target;
import dev.readout.stance.ContentTokens.Phrase;
import java.util.Optional;

/**
 * The cue's object is an actor: "thanked Romania for hosting the talks", "congratulated President Ruto on his
 * election", "condemned Hamas" are about that actor (rule {@code actor-object}), not about what follows it. Runs
 * before the clause frame, so that "welcomed X to Japan" is not read as a clause about Japan; a possessive ("Israel's
 * calls for calm") or a verb after the name ("said Russia was ...") leaves it to the frames after.
 */
final class ActorObjectFrame implements TargetFinder.Frame {
  static final String RULE = "actor-object";

  ActorObjectFrame(TargetLexicon words) {}

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public Optional<Target> find(TargetContext c) {
    ContentTokens t = c.tokens();
    Phrase p = t.chunk(0);
    if (p == null || p.hasPossessor()) {
      return Optional.empty();
    }
    int next = p.last() + 1;
    if (next < t.size() && (t.isFiniteVerb(next) || t.at(next).pos().equals("POS") || t.isWord(next, "to") && t.isVerbForm(next + 1))) {
      return Optional.empty();
    }
    Optional<String> actor = c.actorCovering(p.head(), p.head()).filter(a -> !c.isOwnSide(a));
    if (actor.isEmpty() || !t.at(p.head()).isProperNoun()) {
      return Optional.empty();
    }
    return Optional.of(c.actorTarget(actor.get(), p, RULE));
  }
}
