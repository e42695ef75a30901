package dev.readout.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Well-known office holders: a named person the words around the name left without an affiliation gets the state or
 * body the gazetteer's {@code people.tsv} says they serve, chosen by the input's {@code date} when the person served
 * more than one ("Prime Minister Justin Trudeau spoke with ..." gives Canada). Only whole names (two words or more)
 * are looked up. Runs before {@code issuer-principal}, so that a known foreign leader named first in a release is
 * not taken for the issuer's principal; makes no mention.
 */
final class KnownPersonSieve implements DocumentSieve {
  @Override
  public void run(ResolutionContext c) {
    for (ActorDraft d : c.actors.all()) {
      if (!d.isNamedPerson() || d.affiliation != null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(d.name);
      names.addAll(d.aliases);
      Optional<String> a = c.gazetteer.people().affiliation(names, c.doc.year());
      a.ifPresent(d::setAffiliation);
    }
  }
}
