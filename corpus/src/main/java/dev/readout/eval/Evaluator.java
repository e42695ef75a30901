package dev.readout.eval;

import dev.readout.eval.AnchoredGold.GoldStatement;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares predicted documents with gold documents, stage by stage: sentence boundaries, entities
 * (exact span and type, per type, and lenient overlap), statements (cues overlapping one to one), speakers,
 * content, stance and the end-to-end figure. Stateless.
 */
public final class Evaluator {
  private final AnchoredScorer scorer = new AnchoredScorer();

  /** The figures for parallel lists of gold and predicted documents (same order, same texts). */
  public EvaluationReport evaluate(
      String split, List<AnalyzedDocument> gold, List<AnalyzedDocument> predicted, String corpusHash, Map<String, String> models, String commit) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predictions differ in number: " + gold.size() + " vs " + predicted.size());
    }
    Counts sentences = new Counts();
    Counts entities = new Counts();
    Counts lenient = new Counts();
    Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    StatementScore statements = new StatementScore();
    for (int i = 0; i < gold.size(); i++) {
      AnalyzedDocument g = gold.get(i);
      AnalyzedDocument p = predicted.get(i);
      if (!g.text().equals(p.text())) {
        throw new IllegalArgumentException(g.id() + ": the prediction's text differs from gold's");
      }
      sentences.add(sentenceEnds(g, p));
      entities(g, p, entities, byType, lenient);
      statements.add(scorer.score(toAnchored(g), p));
    }
    return new EvaluationReport(split, gold.size(), corpusHash, models, commit, sentences, entities, byType, lenient, statements,
        statements.contentF1(), statements.errors());
  }

  /**
   * Gold statements as anchored gold: each speaker an actor's name, aliases and surname as alternatives; the actors
   * kept, for their affiliations.
   */
  public static AnchoredGold toAnchored(AnalyzedDocument gold) {
    List<GoldStatement> out = new ArrayList<>();
    for (Statement s : gold.statements()) {
      List<String> speakers = new ArrayList<>();
      for (String id : s.speakers()) {
        Actor a = gold.actor(id).orElseThrow(() -> new IllegalArgumentException(gold.id() + ": unknown actor " + id));
        speakers.add(String.join("|", alternatives(a)));
      }
      String ctx = gold.sentences().get(s.sentence()).span().of(gold.text());
      out.add(new GoldStatement(ctx, s.cue().text(), s.cue().span(), speakers, s.stance(),
          s.optional(), s.content().span(), s.target() == null ? null : s.target().text(),
          targetKey(gold, s)));
    }
    return new AnchoredGold(gold.id(), out, List.of(), gold.actors());
  }

  /**
   * What a right prediction of a gold statement's target holds: the gold target's head words ({@code target_key}),
   * and, when the target is an actor or an act of one, that actor's name, aliases and surname; the target's last
   * word when gold gives no head. Empty without a gold target.
   */
  static List<String> targetKey(AnalyzedDocument gold, Statement s) {
    if (s.target() == null) {
      return List.of();
    }
    Set<String> key = new LinkedHashSet<>(AnchoredGold.alternatives(s.target().head()));
    if (s.target().actor() != null) {
      gold.actor(s.target().actor()).ifPresent(a -> key.addAll(alternatives(a)));
    }
    if (key.isEmpty()) {
      String[] words = s.target().text().strip().split("[\\s,;:]+");
      key.add(words[words.length - 1]);
    }
    return List.copyOf(key);
  }

  static List<String> alternatives(Actor a) {
    Set<String> alts = new LinkedHashSet<>();
    alts.add(a.name());
    alts.addAll(a.aliases());
    if (a.kind() == ActorKind.PERSON && a.name().contains(" ") && !a.name().equals(a.title())) {
      String[] words = a.name().split("\\s+");
      for (String w : words) {
        if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
          alts.add(w); // "HAYASHI Yoshimasa"
        }
      }
      alts.add(words[words.length - 1]);
    }
    alts.removeIf(String::isBlank);
    return List.copyOf(alts);
  }

  /** Sentence ends as boundaries: exact offsets after trimming white space. */
  static Counts sentenceEnds(AnalyzedDocument g, AnalyzedDocument p) {
    Set<Integer> gold = new HashSet<>();
    for (Sentence s : g.sentences()) {
      gold.add(s.end());
    }
    Set<Integer> pred = new HashSet<>();
    for (Sentence s : p.sentences()) {
      pred.add(s.end());
    }
    int tp = 0;
    for (int e : pred) {
      if (gold.contains(e)) {
        tp++;
      }
    }
    return new Counts(tp, pred.size() - tp, gold.size() - tp);
  }

  static void entities(AnalyzedDocument g, AnalyzedDocument p, Counts all, Map<EntityType, Counts> byType, Counts lenient) {
    Set<String> gold = new HashSet<>();
    for (EntityMention e : g.entities()) {
      gold.add(key(e));
    }
    Set<String> pred = new HashSet<>();
    for (EntityMention e : p.entities()) {
      pred.add(key(e));
    }
    for (EntityMention e : p.entities()) {
      Counts c = byType.computeIfAbsent(e.type(), k -> new Counts());
      if (gold.contains(key(e))) {
        all.tp++;
        c.tp++;
      } else {
        all.fp++;
        c.fp++;
      }
    }
    for (EntityMention e : g.entities()) {
      if (!pred.contains(key(e))) {
        all.fn++;
        byType.computeIfAbsent(e.type(), k -> new Counts()).fn++;
      }
    }
    boolean[] used = new boolean[p.entities().size()];
    int tp = 0;
    for (EntityMention ge : g.entities()) {
      for (int k = 0; k < p.entities().size(); k++) {
        EntityMention pe = p.entities().get(k);
        if (!used[k] && pe.type() == ge.type() && pe.span().overlaps(ge.span())) {
          used[k] = true;
          tp++;
          break;
        }
      }
    }
    lenient.add(new Counts(tp, p.entities().size() - tp, g.entities().size() - tp));
  }

  private static String key(EntityMention e) {
    return e.begin() + ":" + e.end() + ":" + e.type();
  }

  /** Token-overlap F1 of two spans over the whitespace-separated words of the text. */
  static double tokenOverlapF1(String text, Span gold, Span pred) {
    Set<Integer> g = wordStarts(text, gold);
    Set<Integer> p = wordStarts(text, pred);
    if (g.isEmpty() && p.isEmpty()) {
      return 1.0;
    }
    int both = 0;
    for (int x : p) {
      if (g.contains(x)) {
        both++;
      }
    }
    double prec = p.isEmpty() ? 0 : (double) both / p.size();
    double rec = g.isEmpty() ? 0 : (double) both / g.size();
    return StatementScore.f1(prec, rec);
  }

  private static Set<Integer> wordStarts(String text, Span s) {
    Set<Integer> out = new HashSet<>();
    for (int i = s.begin(); i < s.end(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && (i == s.begin() || Character.isWhitespace(text.charAt(i - 1)))) {
        out.add(i);
      }
    }
    return out;
  }
}
