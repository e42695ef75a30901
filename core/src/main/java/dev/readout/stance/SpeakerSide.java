package dev.readout.stance;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The speaker's side of a statement: who it never targets while anything else is there ("reaffirmed the United States'
 * support for Ukraine" is about Ukraine when a U.S. official speaks). Stateless.
 */
final class SpeakerSide {
  private SpeakerSide() {}

  /**
   * The speakers, the states and bodies they belong to (their affiliation, and, for a speaker with none or with the
   * issuer's state, the issuer and the state the issuer names: "Global Affairs Canada" is Canada's, and the issuer's
   * other office holders, whom the release names with a title and nothing else), and a body named after a speaker ("the Biden-Harris
   * Administration").
   */
  static Set<String> of(Statement st, AnalyzedDocument doc, TargetLexicon words) {
    Set<String> own = new HashSet<>(st.speakers());
    Set<String> names = new HashSet<>();
    List<String> surnames = new ArrayList<>();
    String written = doc.meta().get("issuer") instanceof String s && !s.isBlank() ? s.strip() : null;
    String issuer = written == null ? null : written.toLowerCase(Locale.ROOT);
    Set<String> issuerStates = written == null ? Set.of() : words.issuerStates(written); // the gazetteer reads names as written
    boolean issuerSide = false;
    for (String id : st.speakers()) {
      Actor a = doc.actor(id).orElse(null);
      if (a == null) {
        continue;
      }
      if (a.affiliation() != null) {
        names.add(a.affiliation().toLowerCase(Locale.ROOT));
      }
      boolean issuers = a.affiliation() == null || issuerStates.contains(a.affiliation());
      if (issuers && (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.GROUP)) {
        // no state of its own, or the issuer's (its principal): the issuer's side
        issuerSide = true;
        own.addAll(namedBeside(doc, id));
      }
      if (a.kind() == ActorKind.PERSON) {
        String[] parts = a.name().split("\\s+");
        if (parts.length > 1 && parts[parts.length - 1].length() > 2) {
          surnames.add(parts[parts.length - 1].toLowerCase(Locale.ROOT));
        }
      }
    }
    if (issuerSide && issuer != null) {
      names.add(issuer);
      issuerStates.forEach(state -> names.add(state.toLowerCase(Locale.ROOT)));
    }
    for (Actor a : doc.actors()) {
      if (a.kind() == ActorKind.PERSON) {
        if (issuerSide && issuer != null && a.affiliation() == null && a.title() != null && namedBeside(doc, a.id()).isEmpty()) {
          own.add(a.id()); // "the President" in a release of the White House, spoken of by his National Security Advisor
        }
        continue;
      }
      List<String> forms = new ArrayList<>();
      forms.add(a.name().toLowerCase(Locale.ROOT));
      a.aliases().forEach(x -> forms.add(x.toLowerCase(Locale.ROOT)));
      for (String f : forms) {
        boolean named = names.contains(f) || names.stream().anyMatch(n -> n.startsWith(f + ",") || n.endsWith(", " + f));
        boolean issuerState = issuerSide && issuer != null && a.kind() == ActorKind.GPE && f.length() > 2 && dev.readout.lexicon.Gazetteer.containsWords(issuer, f);
        boolean ofSpeaker = surnames.stream().anyMatch(sn -> f.matches(".*\\b" + java.util.regex.Pattern.quote(sn) + "\\b.*administration.*"));
        if (named || issuerState || ofSpeaker) {
          own.add(a.id());
          break;
        }
      }
    }
    return Set.copyOf(own);
  }

  /**
   * The states and bodies named right before a person's name or title, with only capitalised words between ("Russian
   * President Vladimir Putin", "OpenAI CEO Sam Altman", "U.S. Secretary of State Antony Blinken"): the person's
   * side when the resolver gave no affiliation.
   */
  private static Set<String> namedBeside(AnalyzedDocument doc, String person) {
    Set<String> out = new HashSet<>();
    String text = doc.text();
    for (ActorMention m : doc.mentions()) {
      if (!m.actors().equals(List.of(person)) || m.kind() == ActorMention.MentionKind.PRONOUN) {
        continue;
      }
      for (ActorMention o : doc.mentions()) {
        if (o.sentence() != m.sentence() || o.actors().size() != 1 || o.actors().equals(m.actors())) {
          continue;
        }
        boolean titleWords;
        if (o.end() <= m.begin() && m.begin() - o.end() <= 40) {
          // "Indonesia's first President, Sukarno"; not "Canada and President Sheinbaum", two parties
          String between = text.substring(o.end(), m.begin());
          titleWords = between.matches("(['’]s)?(\\s+(of|for|and|first|former|late|[A-Z][\\p{L}.-]*))*,?\\s*")
              && !between.matches("\\s+and\\b.*");
        } else if (o.begin() >= m.end() && o.begin() - m.end() <= 60) {
          // "Sam Altman of OpenAI", "Alicia Bárcena, Secretary of Foreign Affairs of Mexico"
          // not "Sheinbaum and Prime Minister of Canada", two parties
          String between = text.substring(m.end(), o.begin());
          titleWords = between.matches(",?(\\s+(the|[A-Z][\\p{L}.-]*|and|for))*\\s+(of|at|from)\\s+(the\\s+)?")
              && !between.matches(",?\\s+and\\b.*");
        } else {
          continue;
        }
        Actor a = doc.actor(o.actors().get(0)).orElse(null);
        if (titleWords && a != null && (a.kind() == ActorKind.GPE || a.kind() == ActorKind.ORGANIZATION)) {
          out.add(a.id());
        }
      }
    }
    return out;
  }
}
