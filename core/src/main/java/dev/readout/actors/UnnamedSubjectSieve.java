package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.Dependencies;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * A plural main subject of a reporting verb that names no known actor: "The members of the Security Council
 * condemned the attack." becomes a group actor of its own ("members of the Security Council"), so that "they" can
 * refer to it. Runs last: every sieve that finds a known actor comes first.
 */
final class UnnamedSubjectSieve implements TokenSieve {
  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    Token t = s.token(ti);
    boolean plural = t.pos().equals("NNS") || t.pos().equals("NNPS");
    if (!plural || !Dependencies.isMainSubject(s, ti) || c.lexicon.isGroupNoun(t.lemma()) || c.lexicon.isNonAgent(t.lemma()) || t.head() < 0
        || !isCueAt(c, s, t.head())) {
      return Optional.empty(); // only the subject of a reporting verb is taken for a speaker
    }
    for (ActorMention m : here.found()) {
      if (m.head() == ti) {
        return Optional.empty();
      }
    }
    int first = ti;
    for (Token k : s.children(ti)) {
      if (k.index() < ti && (k.relation().equals("compound") || k.relation().equals("amod") || k.relation().equals("nummod"))) {
        first = Math.min(first, k.index());
      }
    }
    int end = t.end();
    for (Token k : s.children(ti)) {
      if (k.index() > ti && k.relation().startsWith("nmod") && Dependencies.hasCase(s, k.index(), "of")) {
        end = Dependencies.subtreeEnd(s, k.index()); // "members of the Security Council"
      }
    }
    Span span = new Span(s.token(first).begin(), end);
    String name = c.doc.textOf(span);
    ActorDraft d = null;
    for (ActorDraft x : c.actors.all()) {
      if (x.kind == ActorKind.GROUP && x.name.equalsIgnoreCase(name)) {
        d = x; // the last of that name
      }
    }
    if (d == null) {
      d = c.actors.fresh(name, ActorKind.GROUP);
    }
    return Claim.of(c.mention(span, s, ti, MentionKind.GROUP, List.of(d.id), Rule.UNNAMED_SUBJECT), ti);
  }

  /** A cue of one word at {@code k}, or the first word of a phrase whose next word follows soon ("held ... discussions", not "held by"). */
  private static boolean isCueAt(ResolutionContext c, Sentence s, int k) {
    return c.lexicon.cuesWithHead(s.token(k).lemma()).stream().anyMatch(e -> e.lemmas().size() == 1
        || s.tokens().subList(k + 1, Math.min(s.tokens().size(), k + 6)).stream().anyMatch(w -> w.lemma().equalsIgnoreCase(e.lemmas().get(1))));
  }
}
