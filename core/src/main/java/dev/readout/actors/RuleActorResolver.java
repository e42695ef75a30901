package dev.readout.actors;

import dev.readout.lexicon.Lexicon;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Actor resolution as ordered, named sieves ({@link #DEFAULT_SIEVES}): names, the titles around them and titles
 * standing alone make the actors; the discourse set-up finds the participants; then one sweep of the sentences
 * tries each unclaimed token against the styles, "we", "they", "he/she/it", group phrases, collective nouns, teams,
 * short organisation names, roles of states and unnamed subjects, in that order. Every mention records the sieve
 * that made it. Stateless and thread-safe.
 */
public final class RuleActorResolver implements ActorResolver {
  /** The sieves in the order they run: README's table, and what {@code --ablate} takes one of. */
  public static final List<ActorSieve> DEFAULT_SIEVES = List.of(
      new NameSieve(),
      new TitleAroundNameSieve(),
      new TitleAloneSieve(),
      new DiscourseSieve(),
      new StyleAloneSieve(),
      new FirstPersonSieve(),
      new WeSieve(),
      new TheySieve(),
      new HeSheSieve(),
      new CountedGroupSieve(),
      new CollectiveSieve(),
      new OwnTeamSieve(),
      new ShortOrganisationSieve(),
      new RoleOfStateSieve(),
      new UnnamedSubjectSieve(),
      new KnownPersonSieve(),
      new IssuerPrincipalSieve());

  private final Lexicon lexicon;
  private final List<ActorSieve> sieves;

  public RuleActorResolver(Lexicon lexicon) {
    this(lexicon, DEFAULT_SIEVES);
  }

  /** Runs these sieves in this order (a subset of {@link #DEFAULT_SIEVES} for an ablation). */
  public RuleActorResolver(Lexicon lexicon, List<ActorSieve> sieves) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.sieves = List.copyOf(sieves);
  }

  /** This resolver without the sieve named {@code name}, for an ablation run. */
  public RuleActorResolver without(String name) {
    if (sieves.stream().noneMatch(s -> s.name().equals(name))) {
      throw new IllegalArgumentException("no actor sieve '" + name + "'; known: " + order());
    }
    return new RuleActorResolver(lexicon, sieves.stream().filter(s -> !s.name().equals(name)).toList());
  }

  /** The sieves' names in order, as {@code Pipeline.models()} records them. */
  public String order() {
    return sieves.stream().map(ActorSieve::name).collect(Collectors.joining(","));
  }

  @Override
  public AnalyzedDocument resolve(AnalyzedDocument doc) {
    ResolutionContext c = new ResolutionContext(doc, lexicon);
    for (int i = 0; i < sieves.size(); ) {
      int j = i + 1;
      while (j < sieves.size() && sameKind(sieves.get(i), sieves.get(j))) {
        j++;
      }
      run(c, sieves.subList(i, j));
      i = j;
    }
    return doc.withActors(c.actors.build(), c.mentions.linkedEntities(), c.mentions.inTextOrder());
  }

  private static boolean sameKind(ActorSieve a, ActorSieve b) {
    return a instanceof EntitySieve && b instanceof EntitySieve || a instanceof TokenSieve && b instanceof TokenSieve;
  }

  /** A run of sieves of one kind: entity sieves take each entity in turn, token sieves share one sweep. */
  private static void run(ResolutionContext c, List<ActorSieve> run) {
    ActorSieve first = run.get(0);
    if (first instanceof DocumentSieve d) {
      d.run(c);
    } else if (first instanceof EntitySieve) {
      for (int e = 0; e < c.doc.entities.size(); e++) {
        for (ActorSieve s : run) {
          ((EntitySieve) s).atEntity(c, e);
        }
      }
    } else {
      sweep(c, run.stream().map(TokenSieve.class::cast).toList());
    }
  }

  /** Sentence by sentence, each unclaimed token to the first sieve that claims it; then the discourse moves on. */
  private static void sweep(ResolutionContext c, List<TokenSieve> sieves) {
    TokenSieve[] run = sieves.toArray(TokenSieve[]::new); // tried at every token: no iterator
    for (Sentence s : c.doc.sentences) {
      List<ActorMention> found = new ArrayList<>();
      TokenSieve.SentenceScope here = new TokenSieve.SentenceScope(s, found);
      for (int ti = 0; ti < s.tokens().size(); ti++) {
        if (c.mentions.covered(s, s.tokens().get(ti))) {
          continue;
        }
        for (TokenSieve sieve : run) {
          var claim = sieve.at(c, here, ti);
          if (claim.isPresent()) {
            if (claim.get().mention() != null) {
              found.add(claim.get().mention());
            }
            ti = claim.get().last();
            break;
          }
        }
      }
      c.mentions.addAll(found);
      // the sentence's mentions as they always were seen here: those just found come twice (once from the index)
      c.discourse.endSentence(s, c.mentions.of(s.index(), found), c.actors, c.doc.paragraphOf(s));
    }
  }
}
