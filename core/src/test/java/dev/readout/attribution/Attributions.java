package dev.readout.attribution;

import dev.readout.actors.RuleActorResolver;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Statement;
import java.util.List;
import java.util.Optional;

/** Runs actor resolution and attribution on hand-built documents, with every speaker rule or without one. */
final class Attributions {
  static final Lexicon LEXICON = Lexicon.loadDefault();
  static final RuleActorResolver ACTORS = new RuleActorResolver(LEXICON);
  static final RuleSpeakerAttributor ALL = new RuleSpeakerAttributor(LEXICON);

  private Attributions() {}

  static AnalyzedDocument attribute(AnalyzedDocument doc) {
    return ALL.attribute(ACTORS.resolve(doc));
  }

  static AnalyzedDocument without(String rule, AnalyzedDocument doc) {
    return ALL.without(rule).attribute(ACTORS.resolve(doc));
  }

  /** The statement whose cue reads {@code cue}. */
  static Optional<Statement> cue(AnalyzedDocument doc, String cue) {
    return doc.statements().stream().filter(s -> s.cue().text().equals(cue)).findFirst();
  }

  /** Who speaks at the cue, by which chain, through which mentions: "[Tanaka] by subject-of-cue via [name:person]". */
  static String spoken(AnalyzedDocument doc, String cueText) {
    Statement s = cue(doc, cueText).orElseThrow(() -> new AssertionError("no statement at '" + cueText + "' in " + doc.statements()));
    List<String> names = s.speakers().stream().map(id -> doc.actor(id).orElseThrow().name()).toList();
    return names + " by " + s.chain() + " via " + s.speakerRules();
  }
}
