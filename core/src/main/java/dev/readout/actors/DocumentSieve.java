package dev.readout.actors;

/** A sieve that runs once over the whole document. */
non-sealed interface DocumentSieve extends ActorSieve {
  void run(ResolutionContext c);
}
