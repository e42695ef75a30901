package dev.readout.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.model.EntityType;
import dev.readout.model.Stance;
import java.util.Locale;
import java.util.Map;

/** An evaluation report as a table for a person and as JSON for machines. */
public final class ReportFormat {
  private ReportFormat() {}

  public static String table(EvaluationReport r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Evaluation on split '%s': %d documents, corpus %s, commit %s%n",
        r.split(), r.documents(), r.corpusHash().substring(0, Math.min(12, r.corpusHash().length())), r.commit()));
    b.append(String.format(Locale.ROOT, "%-34s %7s %7s %7s %6s %6s %6s%n", "", "P", "R", "F1", "tp", "fp", "fn"));
    if (r.sentences() != null) {
      row(b, "sentences (boundaries)", r.sentences());
    }
    if (r.entities() != null) {
      row(b, "entities (exact)", r.entities());
      for (Map.Entry<EntityType, Counts> e : r.entitiesByType().entrySet()) {
        row(b, "  " + e.getKey(), e.getValue());
      }
      row(b, "entities PERSON+ORG+GPE (exact)", personOrgGpe(r));
    }
    if (r.entitiesLenient() != null) {
      row(b, "entities (lenient)", r.entitiesLenient());
    }
    StatementScore s = r.statements();
    row(b, "statements (cue overlap)", s.detection());
    b.append(String.format(Locale.ROOT, "%-34s %7.3f   (%d/%d matched statements)%n", "speaker accuracy", s.speakerAccuracy(), s.speakerOk, s.speakerN));
    if (!Double.isNaN(s.affiliationAccuracy())) {
      b.append(String.format(Locale.ROOT, "%-34s %7.3f   (%d/%d gold people with one, named by the prediction)%n", "affiliation accuracy",
          s.affiliationAccuracy(), s.affiliationOk, s.affiliationN));
    }
    if (!Double.isNaN(r.contentF1())) {
      b.append(String.format(Locale.ROOT, "%-34s %7.3f%n", "content token F1", r.contentF1()));
    }
    b.append(String.format(Locale.ROOT, "%-34s %7.3f%n", "stance accuracy", s.stanceAccuracy()));
    b.append(String.format(Locale.ROOT, "%-34s %7.3f%n", "stance macro-F1", s.stanceMacroF1()));
    b.append(String.format(Locale.ROOT, "%-34s %7.3f   (cue, speakers and stance all right)%n", "END-TO-END F1", s.endToEndF1()));
    if (s.targetCount() > 0) {
      b.append(String.format(Locale.ROOT, "%-34s %7.3f   (%d/%d matched statements with a gold target)%n", "target accuracy",
          s.targetAccuracy(), s.targetOk, s.targetN));
      b.append(String.format(Locale.ROOT, "%-34s %7.3f   (cue, speakers, stance and target all right)%n", "END-TO-END F1 WITH TARGET",
          s.targetEndToEndF1()));
    }
    byRule(b, "speaker accuracy by statement rule", s.speakerByRule());
    byRule(b, "speaker accuracy by mention rule", s.speakerByMentionRule());
    b.append("stance confusion (rows gold, columns predicted):\n");
    b.append(String.format(Locale.ROOT, "  %-9s %8s %8s %8s%n", "", "SUPPORT", "OPPOSE", "NEUTRAL"));
    for (Stance g : Stance.values()) {
      b.append(String.format(Locale.ROOT, "  %-9s %8d %8d %8d%n", g, s.cell(g, Stance.SUPPORT), s.cell(g, Stance.OPPOSE), s.cell(g, Stance.NEUTRAL)));
    }
    return b.toString();
  }

  private static void byRule(StringBuilder b, String title, Map<String, StatementScore.RuleTally> tallies) {
    if (tallies.isEmpty()) {
      return;
    }
    b.append(title).append(" (right/matched):\n");
    tallies.forEach((rule, t) -> b.append(String.format(Locale.ROOT, "  %-50s %7.3f   (%d/%d)%n", rule, t.accuracy(), t.ok(), t.n())));
  }

  private static void row(StringBuilder b, String name, Counts c) {
    b.append(String.format(Locale.ROOT, "%-34s %7.3f %7.3f %7.3f %6d %6d %6d%n", name, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn));
  }

  /** Exact-span counts of PERSON, ORGANIZATION and GPE together. */
  public static Counts personOrgGpe(EvaluationReport r) {
    Counts c = new Counts();
    for (EntityType t : new EntityType[] {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE}) {
      Counts x = r.entitiesByType().get(t);
      if (x != null) {
        c.add(x);
      }
    }
    return c;
  }

  /** The figures under the keys {@code --fail-under} accepts. */
  public static Map<String, Double> figures(EvaluationReport r) {
    Map<String, Double> m = new java.util.LinkedHashMap<>();
    StatementScore s = r.statements();
    m.put("statement_f1", s.f1());
    m.put("statement_precision", s.precision());
    m.put("statement_recall", s.recall());
    m.put("speaker_accuracy", s.speakerAccuracy());
    if (!Double.isNaN(s.affiliationAccuracy())) {
      m.put("affiliation_accuracy", s.affiliationAccuracy());
    }
    m.put("stance_accuracy", s.stanceAccuracy());
    m.put("stance_macro_f1", s.stanceMacroF1());
    m.put("end_to_end_f1", s.endToEndF1());
    if (s.targetCount() > 0) {
      m.put("target_accuracy", s.targetAccuracy());
      m.put("target_end_to_end_f1", s.targetEndToEndF1());
    }
    if (!Double.isNaN(r.contentF1())) {
      m.put("content_f1", r.contentF1());
    }
    if (r.sentences() != null) {
      m.put("sentence_f1", r.sentences().f1());
    }
    if (r.entities() != null) {
      m.put("entity_f1", r.entities().f1());
      m.put("entity_f1_person_org_gpe", personOrgGpe(r).f1());
    }
    if (r.entitiesLenient() != null) {
      m.put("entity_lenient_f1", r.entitiesLenient().f1());
    }
    return m;
  }

  public static String json(EvaluationReport r) {
    ObjectMapper om = new ObjectMapper();
    ObjectNode root = om.createObjectNode();
    root.put("split", r.split());
    root.put("documents", r.documents());
    root.put("corpus_sha256", r.corpusHash());
    root.put("commit", r.commit());
    ObjectNode models = root.putObject("models");
    r.models().forEach(models::put);
    ObjectNode figs = root.putObject("figures");
    figures(r).forEach(figs::put);
    if (r.sentences() != null) {
      counts(root.putObject("sentences"), r.sentences());
    }
    if (r.entities() != null) {
      ObjectNode ents = root.putObject("entities");
      counts(ents.putObject("exact"), r.entities());
      ObjectNode types = ents.putObject("by_type");
      r.entitiesByType().forEach((t, c) -> counts(types.putObject(t.name()), c));
    }
    if (r.entitiesLenient() != null) {
      counts(root.putObject("entities_lenient"), r.entitiesLenient());
    }
    StatementScore s = r.statements();
    counts(root.putObject("statements"), s.detection());
    tallies(root.putObject("speaker_by_rule"), s.speakerByRule());
    tallies(root.putObject("speaker_by_mention_rule"), s.speakerByMentionRule());
    ObjectNode conf = root.putObject("stance_confusion");
    for (Stance g : Stance.values()) {
      ObjectNode rowNode = conf.putObject(g.name());
      for (Stance p : Stance.values()) {
        rowNode.put(p.name(), s.cell(g, p));
      }
    }
    var errs = root.putArray("errors");
    r.errors().forEach(errs::add);
    try {
      return om.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void tallies(ObjectNode n, Map<String, StatementScore.RuleTally> tallies) {
    tallies.forEach((rule, t) -> {
      ObjectNode r = n.putObject(rule);
      r.put("right", t.ok());
      r.put("matched", t.n());
      r.put("accuracy", t.accuracy());
    });
  }

  private static void counts(ObjectNode n, Counts c) {
    n.put("precision", c.precision());
    n.put("recall", c.recall());
    n.put("f1", c.f1());
    n.put("tp", c.tp);
    n.put("fp", c.fp);
    n.put("fn", c.fn);
  }
}
