package dev.readout.actors;

/**
 * One named pass of actor resolution. {@link RuleActorResolver} runs its sieves in list order: a pass over the
 * entities, over the whole document, or over each token not yet claimed (consecutive token sieves share one sweep
 * of the sentences, the first that claims a token wins). Each mention a sieve makes records its rule, the sieve's
 * name or "name:how" ("he-she:previous-subject"). Stateless and thread-safe.
 */
public sealed interface ActorSieve permits EntitySieve, DocumentSieve, TokenSieve {
  /**
   * The sieve's name, as mentions, {@code --ablate} and {@code Pipeline.models()} give it: its class's name in
   * lower case with hyphens, without "Sieve" ({@code HeSheSieve} is "he-she"), so that the two cannot drift apart.
   */
  default String name() {
    String simple = getClass().getSimpleName().replaceFirst("Sieve$", "");
    return simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
