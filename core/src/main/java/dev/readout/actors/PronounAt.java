package dev.readout.actors;

import dev.readout.lexicon.Lexicon.Pronoun;
import dev.readout.model.Token;
import java.util.Optional;

/** A personal or possessive pronoun the lexicon knows, at a token: which of "we", "they" and "he/she/it" it is. */
record PronounAt(Pronoun pronoun, boolean firstPerson) {
  static Optional<PronounAt> of(ResolutionContext c, Token t) {
    if (!t.pos().startsWith("PRP")) {
      return Optional.empty(); // the tag first: three sieves ask this of every token
    }
    var pron = c.lexicon.pronoun(t.text());
    if (pron.isEmpty()) {
      return Optional.empty();
    }
    boolean first = t.lemma().equalsIgnoreCase("we") || t.text().equalsIgnoreCase("we") || t.text().equalsIgnoreCase("our");
    return Optional.of(new PronounAt(pron.get(), first));
  }

  /** Whether the token is a pronoun of this kind ({@code PronounAt::isThey}). */
  static boolean is(ResolutionContext c, Token t, java.util.function.Predicate<PronounAt> kind) {
    return of(c, t).filter(kind).isPresent();
  }

  /** "they", "their", "them": plural and not the first person. */
  boolean isThey() {
    return !firstPerson && pronoun.plural();
  }

  /** "he", "she", "it" and their forms. */
  boolean isSingular() {
    return !firstPerson && !pronoun.plural();
  }
}
