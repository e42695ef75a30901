package dev.readout.actors;

import dev.readout.model.ActorMention;
import java.util.List;
import java.util.Optional;

/**
 * A sieve that tries a token no mention has claimed yet, sentence by sentence in text order. The first token sieve
 * that claims the token wins; the sweep goes on after the last token claimed.
 */
non-sealed interface TokenSieve extends ActorSieve {
  /** The claim on token {@code ti} of {@code here}'s sentence, or empty when the sieve does not apply there. */
  Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti);

  /**
   * A token claimed: the mention made (none when the words refer to nobody, a "he" with no one before it) and the
   * last token it takes, where the sweep goes on from.
   */
  record Claim(ActorMention mention, int last) {
    static Optional<Claim> of(ActorMention mention, int last) {
      return Optional.of(new Claim(mention, last));
    }
  }

  /** The sentence being swept and the mentions found in it so far (they join the index at its end). */
  record SentenceScope(dev.readout.model.Sentence sentence, List<ActorMention> found) {}
}
