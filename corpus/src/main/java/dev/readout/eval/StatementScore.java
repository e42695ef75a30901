package dev.readout.eval;

import dev.readout.model.Stance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Statement-level figures, summed over documents: detection P/R/F1 (cues overlapping, one to one),
 * speaker accuracy and stance accuracy, macro-F1 and confusion on matched statements, and the
 * end-to-end F1 where cue, speakers and stance must all be right, target accuracy, and the target-aware end-to-end
 * F1 where the target must be right too. Mutable; one per evaluation.
 */
public final class StatementScore {
  int tp;
  int fp;
  int fn;
  int speakerOk;
  int speakerN;
  int endToEndOk;
  int targetOk;
  int targetN;
  int targetEndToEndOk;
  int goldCount;
  int predictedCount;
  /** Gold people with an affiliation that the prediction names too, and of them those it gives the same affiliation. */
  int affiliationOk;
  int affiliationN;
  final Map<Stance, Map<Stance, Integer>> confusion = new EnumMap<>(Stance.class);
  final List<String> errors = new ArrayList<>();
  double contentSum;
  int contentN;
  /** Matched statements by the chain of rules that found their speakers: right, all. */
  final Map<String, int[]> speakerByRule = new java.util.TreeMap<>();
  /** Matched statements by each mention rule their speakers were found through: right, all. */
  final Map<String, int[]> speakerByMentionRule = new java.util.TreeMap<>();

  /** Speaker accuracy of the statements of one rule. */
  public record RuleTally(int ok, int n) {
    public double accuracy() {
      return n == 0 ? 0 : (double) ok / n;
    }
  }

  public void add(StatementScore other) {
    tp += other.tp;
    fp += other.fp;
    fn += other.fn;
    speakerOk += other.speakerOk;
    speakerN += other.speakerN;
    endToEndOk += other.endToEndOk;
    targetOk += other.targetOk;
    targetN += other.targetN;
    targetEndToEndOk += other.targetEndToEndOk;
    goldCount += other.goldCount;
    affiliationOk += other.affiliationOk;
    affiliationN += other.affiliationN;
    predictedCount += other.predictedCount;
    other.confusion.forEach((g, row) -> row.forEach((p, n) -> count(g, p, n)));
    errors.addAll(other.errors);
    contentSum += other.contentSum;
    contentN += other.contentN;
    other.speakerByRule.forEach((k, v) -> tally(speakerByRule, k, v[0], v[1]));
    other.speakerByMentionRule.forEach((k, v) -> tally(speakerByMentionRule, k, v[0], v[1]));
  }

  /** Counts a matched statement's speakers as right or wrong under its statement rule and its mention rules. */
  void countSpeaker(String statementRule, java.util.Collection<String> mentionRules, boolean ok) {
    tally(speakerByRule, statementRule, ok ? 1 : 0, 1);
    for (String r : new java.util.TreeSet<>(mentionRules)) {
      tally(speakerByMentionRule, r, ok ? 1 : 0, 1);
    }
  }

  private static void tally(Map<String, int[]> m, String key, int ok, int n) {
    int[] t = m.computeIfAbsent(key, k -> new int[2]);
    t[0] += ok;
    t[1] += n;
  }

  /** Speaker accuracy by statement rule chain ("coordinated-cue>subject-of-cue"), in name order. */
  public Map<String, RuleTally> speakerByRule() {
    return tallies(speakerByRule);
  }

  /**
   * Speaker accuracy by the mention rules of the speakers ("he-she:previous-subject"); a statement counts once under
   * each rule its speakers came through.
   */
  public Map<String, RuleTally> speakerByMentionRule() {
    return tallies(speakerByMentionRule);
  }

  private static Map<String, RuleTally> tallies(Map<String, int[]> m) {
    Map<String, RuleTally> out = new java.util.LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, new RuleTally(v[0], v[1])));
    return java.util.Collections.unmodifiableMap(out);
  }

  void count(Stance gold, Stance predicted, int n) {
    confusion.computeIfAbsent(gold, k -> new EnumMap<>(Stance.class)).merge(predicted, n, Integer::sum);
  }

  public int truePositives() {
    return tp;
  }

  public int falsePositives() {
    return fp;
  }

  public int falseNegatives() {
    return fn;
  }

  /** Detection counts: matched, spurious, missed. */
  public Counts detection() {
    return new Counts(tp, fp, fn);
  }

  public double precision() {
    return detection().precision();
  }

  public double recall() {
    return detection().recall();
  }

  public double f1() {
    return detection().f1();
  }

  public double speakerAccuracy() {
    return speakerN == 0 ? 0 : (double) speakerOk / speakerN;
  }

  public double stanceAccuracy() {
    int all = 0;
    int ok = 0;
    for (var g : confusion.entrySet()) {
      for (var p : g.getValue().entrySet()) {
        all += p.getValue();
        ok += g.getKey() == p.getKey() ? p.getValue() : 0;
      }
    }
    return all == 0 ? 0 : (double) ok / all;
  }

  /** Mean F1 over the stance labels that occur in gold or predictions. */
  public double stanceMacroF1() {
    double sum = 0;
    int labels = 0;
    for (Stance l : Stance.values()) {
      int t = cell(l, l);
      int predicted = 0;
      int gold = 0;
      for (Stance o : Stance.values()) {
        predicted += cell(o, l);
        gold += cell(l, o);
      }
      if (predicted == 0 && gold == 0) {
        continue;
      }
      labels++;
      double p = predicted == 0 ? 0 : (double) t / predicted;
      double r = gold == 0 ? 0 : (double) t / gold;
      sum += f1(p, r);
    }
    return labels == 0 ? 0 : sum / labels;
  }

  public int cell(Stance gold, Stance predicted) {
    return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
  }

  /** Statements with cue, speakers and stance all right, over gold and over predictions. */
  public double endToEndF1() {
    double p = predictedCount == 0 ? 0 : (double) endToEndOk / predictedCount;
    double r = goldCount == 0 ? 0 : (double) endToEndOk / goldCount;
    return f1(p, r);
  }

  /** Matched gold statements with a target whose predicted target holds the gold key; NaN when gold has no targets. */
  public double targetAccuracy() {
    return targetN == 0 ? Double.NaN : (double) targetOk / targetN;
  }

  /** How many matched gold statements have a target. */
  public int targetCount() {
    return targetN;
  }

  /** Statements with cue, speakers, stance and target all right, over gold and over predictions. */
  public double targetEndToEndF1() {
    double p = predictedCount == 0 ? 0 : (double) targetEndToEndOk / predictedCount;
    double r = goldCount == 0 ? 0 : (double) targetEndToEndOk / goldCount;
    return f1(p, r);
  }

  /**
   * Of the gold people with an affiliation whom the prediction also names, the share it gives the same state or body
   * ("Prime Minister Luxon" of New Zealand); NaN when there are none (anchored gold names no affiliations).
   */
  public double affiliationAccuracy() {
    return affiliationN == 0 ? Double.NaN : (double) affiliationOk / affiliationN;
  }

  /** Mean token-overlap F1 of content over matched statements whose gold has content; NaN when none. */
  public double contentF1() {
    return contentN == 0 ? Double.NaN : contentSum / contentN;
  }

  /** One line per error: "doc: missed|spurious|wrong speaker|wrong stance|wrong target ...". */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
