package dev.readout.actors;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The issuer's principal: a release of one state's ministry or office opens with its own minister or leader, named
 * without a state ("Foreign Minister Wang Yi held talks with ...", "Prime Minister Shri Narendra Modi held bilateral
 * talks today with the Prime Minister of New Zealand"), and marks the other party's state ("Chinese Foreign Minister
 * Wang Yi met Foreign Secretary David Lammy"). The first person named in the headline or the first two sentences
 * with no affiliation read from the words around the name gets the issuer's state. Nobody else does: a
 * release names foreign leaders as plainly ("President Vladimir Putin and President Donald Trump discussed ..."), so
 * the issuer says nothing of them. Needs the input's {@code issuer} naming exactly one state (its name, an adjective
 * or its seat: "The White House"); makes no mention. Runs last, so that no earlier sieve matches on the state it
 * gives.
 */
final class IssuerPrincipalSieve implements DocumentSieve {
  /** The headline and the first sentences, where a release names its principal. */
  private static final int OPENING_SENTENCES = 2;

  @Override
  public void run(ResolutionContext c) {
    Set<String> states = c.doc.issuerStates();
    if (states.size() != 1) {
      return;
    }
    Optional<ActorDraft> first = c.actors.all().stream().filter(d -> d.isNamedPerson() && d.affiliation == null && d.firstBegin != Integer.MAX_VALUE)
        .min(Comparator.comparingInt(d -> d.firstBegin));
    if (first.isEmpty()) {
      return;
    }
    int sentence = TokenIndex.sentenceAt(c.doc.sentences, first.get().firstBegin);
    if (sentence >= 0 && sentence < OPENING_SENTENCES) {
      first.get().setAffiliation(states.iterator().next());
    }
  }
}
