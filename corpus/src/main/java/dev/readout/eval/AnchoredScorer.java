package dev.readout.eval;

import dev.readout.eval.AnchoredGold.GoldStatement;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityType;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted statements against anchored gold. A prediction matches a gold statement when their
 * cue spans overlap, one to one, first come first served; several predictions with the same cue span
 * count once. A speaker set is right when it has as many actors as gold and each gold speaker (one of
 * its "|" alternatives) is contained, ignoring case, in a distinct actor's name or alias. Optional gold
 * statements are neither rewarded nor penalised. The gold people with an affiliation (when gold lists its actors)
 * are scored for it. Stateless.
 */
public final class AnchoredScorer {
  public StatementScore score(AnchoredGold gold, AnalyzedDocument doc) {
    StatementScore sc = new StatementScore();
    Map<Span, Statement> preds = new LinkedHashMap<>();
    for (Statement s : doc.statements()) {
      preds.putIfAbsent(s.cue().span(), s);
    }
    List<Map.Entry<Span, Statement>> predList = new ArrayList<>(preds.entrySet());
    Set<Integer> used = new HashSet<>();
    int optionalMatched = 0;
    for (GoldStatement g : gold.statements()) {
      int match = -1;
      for (int k = 0; k < predList.size(); k++) {
        if (!used.contains(k) && predList.get(k).getKey().overlaps(g.cue())) {
          match = k;
          break;
        }
      }
      if (match < 0) {
        if (!g.optional()) {
          sc.fn++;
          sc.errors.add(doc.id() + ": missed \"" + g.cueWord() + "\" in \"" + g.ctx() + "\" (" + String.join(", ", g.speakers()) + ", " + g.stance() + ")");
        }
        continue;
      }
      used.add(match);
      if (g.optional()) {
        optionalMatched++;
        continue;
      }
      sc.tp++;
      Statement p = predList.get(match).getValue();
      boolean speakerOk = speakersMatch(g.speakers(), names(doc, p.speakers()));
      sc.speakerN++;
      sc.countSpeaker(p.chain() != null ? p.chain() : p.rule(), p.speakerRules().isEmpty() ? List.of("(none recorded)") : p.speakerRules(), speakerOk);
      if (speakerOk) {
        sc.speakerOk++;
      } else {
        sc.errors.add(doc.id() + ": wrong speaker for \"" + g.cueWord() + "\" in \"" + g.ctx() + "\": gold " + g.speakers() + ", predicted " + displayNames(doc, p.speakers()) + " (rule " + (p.chain() != null ? p.chain() : p.rule())
            + (p.speakerRules().isEmpty() ? "" : ", mentions " + String.join(" ", p.speakerRules())) + ")");
      }
      if (g.content() != null) {
        sc.contentSum += Evaluator.tokenOverlapF1(doc.text(), g.content(), p.content().span());
        sc.contentN++;
      }
      boolean stanceOk = g.stance() == null || g.stance() == p.stance();
      if (g.stance() != null && p.stance() != null) {
        sc.count(g.stance(), p.stance(), 1);
        if (!stanceOk) {
          sc.errors.add(doc.id() + ": wrong stance for \"" + g.cueWord() + "\" in \"" + g.ctx() + "\": gold " + g.stance() + ", predicted " + p.stance() + " on \"" + p.content().text() + "\"");
        }
      }
      if (speakerOk && stanceOk) {
        sc.endToEndOk++;
      }
      boolean targetOk = true;
      if (g.hasTarget()) {
        targetOk = targetMatches(g.targetKey(), doc, p);
        sc.targetN++;
        if (targetOk) {
          sc.targetOk++;
        } else {
          sc.errors.add(doc.id() + ": wrong target for \"" + g.cueWord() + "\" in \"" + g.ctx() + "\": gold \"" + g.target() + "\" (key "
              + String.join("|", g.targetKey()) + "), predicted " + describe(doc, p) + " (" + p.stance() + ")");
        }
      }
      if (speakerOk && stanceOk && targetOk) {
        sc.targetEndToEndOk++;
      }
    }
    sc.fp = predList.size() - used.size();
    for (int k = 0; k < predList.size(); k++) {
      if (!used.contains(k)) {
        Statement p = predList.get(k).getValue();
        sc.errors.add(doc.id() + ": spurious \"" + p.cue().text() + "\" by " + displayNames(doc, p.speakers()) + " in \"" + doc.sentences().get(p.sentence()).span().of(doc.text()) + "\"");
      }
    }
    sc.goldCount = sc.tp + sc.fn;
    sc.predictedCount = predList.size() - optionalMatched;
    affiliations(gold, doc, sc);
    return sc;
  }

  /**
   * Counts the gold people with an affiliation whom the prediction names (an actor of the prediction whose name is
   * one of the person's names), and whether it gives them the same affiliation (case, articles and the gazetteer's
   * canonical names aside: "South Korea" is "Republic of Korea"), with the wrong ones in the errors.
   */
  static void affiliations(AnchoredGold gold, AnalyzedDocument predicted, StatementScore sc) {
    for (Actor g : gold.actors()) {
      if (g.kind() != ActorKind.PERSON || g.affiliation() == null || g.affiliation().isBlank()) {
        continue;
      }
      List<String> names = Evaluator.alternatives(g).stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
      Actor p = predicted.actors().stream().filter(a -> a.kind() == ActorKind.PERSON && names.contains(a.name().toLowerCase(java.util.Locale.ROOT)))
          .findFirst().orElse(null);
      if (p == null) {
        continue;
      }
      sc.affiliationN++;
      if (sameBody(g.affiliation(), p.affiliation())) {
        sc.affiliationOk++;
      } else {
        sc.errors.add(predicted.id() + ": wrong affiliation for " + g.name() + ": gold \"" + g.affiliation() + "\", predicted "
            + (p.affiliation() == null ? "none" : "\"" + p.affiliation() + "\""));
      }
    }
  }

  private static boolean sameBody(String gold, String predicted) {
    if (predicted == null) {
      return false;
    }
    java.util.function.Function<String, String> norm = x -> {
      String n = x.strip().replaceFirst("^(?i)the\\s+", "");
      List<String> words = List.of(n.split("\\s+"));
      var m = Names.GAZETTEER.match(words);
      if (m.size() == 1 && m.get(0).start() == 0 && m.get(0).end() == words.size() && m.get(0).entry().type() == EntityType.GPE) {
        n = m.get(0).entry().canonical();
      }
      return n.toLowerCase(java.util.Locale.ROOT);
    };
    // a gold affiliation may name two bodies ("OSCE; Finland"): either is right
    for (String g : gold.split(";")) {
      if (norm.apply(g).equals(norm.apply(predicted))) {
        return true;
      }
    }
    return false;
  }

  /** The default gazetteer, for canonical state names; loaded when an affiliation is first compared. */
  private static final class Names {
    static final dev.readout.lexicon.Gazetteer GAZETTEER = dev.readout.lexicon.Lexicon.loadDefault().gazetteer();
  }


  /**
   * Whether a predicted target holds one of the gold key's alternatives, ignoring case, in its text or in the name
   * or an alias of the actor it points to.
   */
  static boolean targetMatches(List<String> key, AnalyzedDocument doc, Statement p) {
    if (p.target() == null) {
      return false;
    }
    List<String> hay = new ArrayList<>();
    hay.add(p.target().text());
    if (p.target().actor() != null) {
      hay.addAll(names(doc, List.of(p.target().actor())));
    }
    String all = String.join(" | ", hay).toLowerCase(Locale.ROOT);
    for (String k : key) {
      if (all.contains(k.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String describe(AnalyzedDocument doc, Statement p) {
    if (p.target() == null) {
      return "no target";
    }
    String who = p.target().actor() == null ? "" : " = " + doc.actor(p.target().actor()).map(Actor::name).orElse(p.target().actor());
    String rule = p.target().rule() == null ? "" : ", rule " + p.target().rule();
    return "\"" + p.target().text() + "\"" + who + rule;
  }

  /** Each actor as "name | alias | alias" for containment tests. */
  static List<String> names(AnalyzedDocument doc, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      Actor a = doc.actor(id).orElse(null);
      if (a == null) {
        out.add(id);
        continue;
      }
      List<String> parts = new ArrayList<>();
      parts.add(a.name());
      parts.addAll(a.aliases());
      out.add(String.join(" | ", parts));
    }
    return out;
  }

  static List<String> displayNames(AnalyzedDocument doc, List<String> ids) {
    return ids.stream().map(id -> doc.actor(id).map(Actor::name).orElse(id)).toList();
  }

  static boolean speakersMatch(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      return false;
    }
    List<String> left = new ArrayList<>(predicted.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    for (String g : gold) {
      String[] alts = g.toLowerCase(Locale.ROOT).split("\\|");
      String hit = null;
      for (String n : left) {
        for (String a : alts) {
          if (n.contains(a.strip())) {
            hit = n;
            break;
          }
        }
        if (hit != null) {
          break;
        }
      }
      if (hit == null) {
        return false;
      }
      left.remove(hit);
    }
    return true;
  }
}
