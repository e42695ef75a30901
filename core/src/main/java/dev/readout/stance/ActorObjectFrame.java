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

  private final TargetLexicon words;

  ActorObjectFrame(TargetLexicon words) {
    this.words = words;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public Optional<Target> find(TargetContext c) {
    ContentTokens t = c.tokens();
    int from = NounPhraseFrame.leadingAdverbial(t);
    Phrase p = t.chunk(from);
    if (p == null || p.hasPossessor() && !t.at(p.first()).pos().equals("PRP$")) {
      return Optional.empty();
    }
    for (int i = p.last() + 1; i < t.size(); i++) {
      if (t.isWord(i, "which", "who", "that", "whose", "to") || t.at(i).pos().equals("VBG")) {
        break;
      }
      if (t.isFiniteVerb(i)) {
        return Optional.empty(); // "the Department of Commerce was gathering ...", "Ruto, as Chair, had convened ...": a clause
      }
    }
    int next = p.last() + 1;
    if (next < t.size() && (t.isFiniteVerb(next) || t.at(next).pos().equals("POS") || t.isWord(next, "to") && t.isVerbForm(next + 1))) {
      return Optional.empty();
    }
    boolean listener = c.sentence().tokenAt(c.statement().cue().begin())
        .map(cue -> words.is(TargetLexicon.WordClass.LISTENER_CUE, cue.lemma())).orElse(false);
    if (listener && t.isWord(next, "that", "on", "about", "how", "whether", "of")) {
      return Optional.empty(); // "briefed the Minister on X" is about X
    }
    Optional<String> actor = c.actorCovering(p.head(), p.head()).filter(a -> !c.isOwnSide(a));
    if (actor.isEmpty() && p.first() == p.head() && t.isWord(p.head(), "him", "her")) {
      actor = latestOtherPerson(c); // "called X to congratulate him on ...": the person last named who is not speaking
    }
    boolean named = t.at(p.head()).isProperNoun() || t.at(p.head()).pos().equals("PRP") && p.first() == p.head();
    if (actor.isEmpty() || !named) {
      return Optional.empty();
    }
    return Optional.of(c.actorTarget(actor.get(), p, RULE));
  }

  /** The person last named before the cue, in its sentence or the one before, who is not a speaker. */
  private static Optional<String> latestOtherPerson(TargetContext c) {
    int cue = c.statement().cue().begin();
    int sentence = c.statement().sentence();
    String best = null;
    int bestAt = -1;
    for (var m : c.document().mentions()) {
      if (m.sentence() < sentence - 1 || m.begin() >= cue || m.actors().size() != 1 || m.begin() <= bestAt) {
        continue;
      }
      String id = m.actors().get(0);
      boolean person = c.document().actor(id).map(a -> a.kind() == dev.readout.model.ActorKind.PERSON).orElse(false);
      if (person && !c.statement().speakers().contains(id) && m.kind() != dev.readout.model.ActorMention.MentionKind.PRONOUN) {
        best = id;
        bestAt = m.begin();
      }
    }
    return Optional.ofNullable(best);
  }
}
