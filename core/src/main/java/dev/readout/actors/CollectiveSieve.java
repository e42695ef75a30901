package dev.readout.actors;

import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Rule;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A collective noun whose modifiers name states or bodies speaks for them: "The Ukrainian delegation thanked its
 * hosts." is Ukraine, "U.S. and Israeli officials" the two states. Runs after the group phrases, so that "the two
 * sides" stays the participants, and before the shorter organisation names.
 */
final class CollectiveSieve implements TokenSieve {
  @Override
  public Optional<Claim> at(ResolutionContext c, SentenceScope here, int ti) {
    Sentence s = here.sentence();
    Token head = s.token(ti);
    if (!head.isNoun() || !c.lexicon.isCollectiveNoun(head.lemma())) {
      return Optional.empty();
    }
    List<Integer> mods = new ArrayList<>();
    for (Token t : s.children(ti)) {
      if (t.index() < ti && (t.relation().equals("amod") || t.relation().equals("compound") || t.relation().equals("nmod:poss"))) {
        mods.add(t.index());
      }
    }
    for (int i = 0; i < mods.size(); i++) {
      for (Token t : s.children(mods.get(i))) {
        if (t.relation().equals("conj") && t.index() < ti) {
          mods.add(t.index());
        }
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    int first = ti;
    for (int m : mods) {
      Token t = s.token(m);
      for (EntityMention e : c.doc.entities) {
        if (e.begin() <= t.begin() && t.end() <= e.end()) {
          String id = stateOf(c, e);
          if (id != null) {
            ids.add(id);
            first = Math.min(first, TokenIndex.firstAt(s, e.begin()));
          }
        }
      }
    }
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Span span = new Span(s.token(first).begin(), head.end());
    if (ids.size() == 1) {
      c.actor(ids.iterator().next()).aliases.add(c.doc.textOf(span)); // "the Ukrainian authorities" stand for Ukraine
    }
    return Claim.of(c.mention(span, s, ti, MentionKind.GROUP, List.copyOf(ids), Rule.COLLECTIVE), ti);
  }

  /** The state or organisation actor an entity stands for ("Israeli" gives Israel, made if need be), or null. */
  private static String stateOf(ResolutionContext c, EntityMention e) {
    if (e.type() == EntityType.NATIONALITY) {
      String country = c.gazetteer.countryOf(e.text()).orElse(null);
      if (country == null) {
        return null;
      }
      ActorDraft d = c.actors.named(country, ActorKind.GPE);
      d.aliases.add(e.text());
      return d.id;
    }
    if (e.type() == EntityType.GPE || e.type() == EntityType.ORGANIZATION) {
      return c.mentions.actorOf(c.doc.indexOf(e));
    }
    return null;
  }
}
