package dev.readout.actors;

/** A sieve that looks at each entity in text order; consecutive entity sieves take each entity in turn. */
non-sealed interface EntitySieve extends ActorSieve {
  void atEntity(ResolutionContext c, int entity);
}
