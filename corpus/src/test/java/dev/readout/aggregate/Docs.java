package dev.readout.aggregate;

import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Cue;
import dev.readout.model.Mode;
import dev.readout.model.Span;
import dev.readout.model.Stance;
import dev.readout.model.Statement;
import dev.readout.model.Target;
import dev.readout.model.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-built documents for the aggregate tests. */
final class Docs {
  private final String id;
  private final String date;
  private final List<Actor> actors = new ArrayList<>();
  private final List<Statement> statements = new ArrayList<>();
  private final StringBuilder text = new StringBuilder("Readout. ");

  private Docs(String id, String date) {
    this.id = id;
    this.date = date;
  }

  /** A document; date null for an undated one. */
  static Docs doc(String id, String date) {
    return new Docs(id, date);
  }

  static Actor person(String id, String name, String title, String affiliation, String... aliases) {
    return new Actor(id, name, ActorKind.PERSON, title, affiliation, Arrays.asList(aliases));
  }

  static Actor state(String id, String name, String... aliases) {
    return new Actor(id, name, ActorKind.GPE, null, null, Arrays.asList(aliases));
  }

  Docs actor(Actor a) {
    actors.add(a);
    return this;
  }

  /** A statement of the speakers (actor ids) about a target that is not an actor. */
  Docs says(Stance stance, String target, String... speakers) {
    return add(stance, target == null ? null : new Target(target, null), speakers);
  }

  /** A statement of the speakers about an actor of the document. */
  Docs aboutActor(Stance stance, String targetActorId, String... speakers) {
    String text = actors.stream().filter(a -> a.id().equals(targetActorId)).map(Actor::name).findFirst().orElse(targetActorId);
    return add(stance, new Target(text, targetActorId), speakers);
  }

  /**
   * A statement whose content is {@code content}, about the target written there as {@code targetText} (its span
   * is found in the content), with the pipeline's head and the target's actor (either may be null).
   */
  Docs states(Stance stance, String content, String targetText, String targetActor, String head, String... speakers) {
    int begin = text.length() + "They said ".length();
    int at = content.indexOf(targetText);
    if (at < 0) {
      throw new IllegalArgumentException("'" + targetText + "' is not in '" + content + "'");
    }
    Span span = new Span(begin + at, begin + at + targetText.length());
    return add(stance, content, new Target(targetText, targetActor, span, head, "test"), speakers);
  }

  private Docs add(Stance stance, Target target, String... speakers) {
    return add(stance, target == null ? "text" : target.text(), target, speakers);
  }

  private Docs add(Stance stance, String content, Target target, String... speakers) {
    int n = statements.size();
    int cue = text.length() + "They ".length();
    text.append("They said ");
    int begin = text.length();
    text.append(content).append(".\n");
    statements.add(new Statement("s" + (n + 1), n, List.of(speakers), new Cue(cue, cue + 4, "said", "say"),
        new TextSpan(begin, begin + content.length(), content), Mode.INDIRECT, stance, 0.9, target, null, "test"));
    return this;
  }

  AnalyzedDocument build() {
    Map<String, Object> meta = new LinkedHashMap<>();
    if (date != null) {
      meta.put("date", date);
    }
    meta.put("title", "Readout " + id);
    return AnalyzedDocument.of(id, text.toString(), meta).withActors(actors, List.of(), List.of()).withStatements(statements);
  }
}
