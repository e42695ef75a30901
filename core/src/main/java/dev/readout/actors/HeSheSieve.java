package dev.readout.actors;

import dev.readout.lexicon.Gender;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "He", "she", "it" and their forms: the latest main subject of this sentence before it, else of the sentences
 * before ("President Koval thanked the Secretary General. He said ..."); else the readout's protagonist; else the
 * latest person named. At each step someone known to be of the pronoun's gender goes before someone whose gender
 * is unknown, and "it" takes only states and bodies. "The Secretary-General expressed his concern": a possessive
 * on the object of this sentence's subject tells that subject's gender. Runs after "we" and "they".
 */
final class HeSheSieve implements TokenSieve {
  private static final Rule[] STEPS = {Rule.HE_SHE_SUBJECT_HERE, Rule.HE_SHE_PREVIOUS_SUBJECT, Rule.HE_SHE_PROTAGONIST, Rule.HE_SHE_LATEST_NAMED};

  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    Token t = s.token(ti);
    Optional<PronounAt> p = PronounAt.of(c, t).filter(PronounAt::isSingular);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    Gender gender = p.get().pronoun().gender();
    boolean gendered = gender.isPersonal();
    for (int step = 0; step < STEPS.length; step++) {
      for (boolean strict : gendered ? new boolean[] {true, false} : new boolean[] {false}) {
        Predicate<ActorDraft> fits = d -> d.fitsPronoun(gender) && (!strict || d.genderKnown && d.gender == gender);
        List<String> found = candidates(c, here, ti, step, fits);
        if (!found.isEmpty()) {
          ActorDraft d = c.actor(found.get(0));
          if (step == 0 && gendered && !d.genderKnown && isOwnObject(s, ti)) {
            d.knowGender(gender);
          }
          return Claim.of(new ActorMention(t.begin(), t.end(), t.text(), s.index(), ti, MentionKind.PRONOUN, found, STEPS[step].id()), ti);
        }
      }
    }
    return Claim.of(null, ti);
  }

  private static List<String> candidates(ResolutionContext c, SentenceScope here, int ti, int step, Predicate<ActorDraft> fits) {
    return switch (step) {
      case 0 -> subjectHere(c, here, ti, fits);
      case 1 -> TheySieve.reversed(c.discourse.sentenceSubjects).stream()
          .filter(m -> m.actors().size() == 1 && fits.test(c.actor(m.actors().get(0))))
          .findFirst().map(ActorMention::actors).orElse(List.of());
      case 2 -> protagonist(c, fits);
      default -> latestNamed(c, here, ti, fits);
    };
  }

  /** "X expressed his concern": a possessive on the object of a verb that has a subject ("on her visit" is not). */
  private static boolean isOwnObject(Sentence s, int ti) {
    Token t = s.token(ti);
    if (!t.pos().equals("PRP$") || t.head() < 0 || !s.token(t.head()).relation().equals("obj")) {
      return false;
    }
    int verb = s.token(t.head()).head();
    return verb >= 0 && s.child(verb, "nsubj").isPresent();
  }

  /** The latest main subject of this sentence before token {@code ti}. */
  private static List<String> subjectHere(ResolutionContext c, SentenceScope here, int ti, Predicate<ActorDraft> fits) {
    Sentence s = here.sentence();
    List<ActorMention> all = new ArrayList<>(c.mentions.of(s.index(), here.found()));
    all.removeIf(m -> m.head() >= ti || !Dependencies.isMainSubject(s, m.head()) || m.actors().size() != 1);
    for (ActorMention m : TheySieve.reversed(all)) {
      if (fits.test(c.actor(m.actors().get(0)))) {
        return m.actors();
      }
    }
    return List.of();
  }

  /** The most frequent main subject so far: who the readout is about. */
  private static List<String> protagonist(ResolutionContext c, Predicate<ActorDraft> fits) {
    String salient = null;
    int best = 0;
    for (ActorDraft d : c.actors.all()) {
      int n = c.discourse.subjectCount(d.id);
      if (fits.test(d) && n > best) {
        best = n;
        salient = d.id;
      }
    }
    return salient == null ? List.of() : List.of(salient);
  }

  /** The person named last before the pronoun. */
  private static List<String> latestNamed(ResolutionContext c, SentenceScope here, int ti, Predicate<ActorDraft> fits) {
    ActorMention latest = null;
    List<ActorMention> all = new ArrayList<>(c.mentions.all());
    all.addAll(here.found());
    for (ActorMention m : all) { // names first, then titles: not in text order
      if (m.begin() < here.sentence().token(ti).begin() && m.actors().size() == 1 && fits.test(c.actor(m.actors().get(0)))
          && (latest == null || m.begin() > latest.begin())) {
        latest = m;
      }
    }
    return latest == null ? List.of() : latest.actors();
  }
}
