package dev.readout.attribution;

import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.Lexicon.CueEntry;
import dev.readout.lexicon.Lexicon.CueKind;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds reporting cues from the lexicon in a parsed sentence. Thread-safe. */
final class CueFinder {
  /**
   * Words that may stand between the words of a cue phrase ("exchanged candid views", "provided an update", "had a
   * broad discussion", "held substantive and wide-ranging discussions"), at most three.
   */
  private static final Set<String> FILLER_POS = Set.of("RB", "DT", "JJ", "PRP$", "PRP");
  private static final int MAX_FILLERS = 3;

  private final Lexicon lexicon;

  CueFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<CueMatch> find(Sentence s) {
    List<CueMatch> out = new ArrayList<>();
    List<Token> t = s.tokens();
    if (!t.isEmpty() && t.get(t.size() - 1).text().equals("?")) {
      return out; // "Does France share this view?": a question reports nothing
    }
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      List<CueEntry> entries = new ArrayList<>(lexicon.cuesWithHead(tok.lemma()));
      String lower = tok.text().toLowerCase(java.util.Locale.ROOT);
      if (!lower.equals(tok.lemma())) {
        entries.addAll(lexicon.cuesWithHead(lower)); // "according" is lemmatised to "accord"
      }
      for (CueEntry e : entries) {
        if (!fitsKind(s, tok, e.kind()) || (e.weak() && !isFinite(s, tok)) || isQuestion(s, tok) || (e.needsClause() && !hasClause(s, tok))
            || (e.needsObject() && !hasCueObject(s, tok))) {
          continue;
        }
        Optional<List<Integer>> words = phrase(t, i, e.lemmas());
        if (words.isPresent()) {
          out.add(new CueMatch(e, i, words.get()));
          i = words.get().get(words.get().size() - 1);
          break;
        }
      }
    }
    return out;
  }

  private static boolean fitsKind(Sentence s, Token tok, CueKind kind) {
    return switch (kind) {
      case VERB -> tok.isVerb() && !tok.relation().equals("amod") && !tok.relation().equals("compound");
      case ADJ -> (tok.pos().startsWith("JJ") || tok.pos().equals("VBN"))
          && (s.child(tok.index(), "cop").isPresent()
              || s.child(tok.index(), "aux:pass").isPresent() || s.child(tok.index(), "aux").isPresent()
              || tok.relation().equals("conj") && tok.head() >= 0 && fitsKind(s, s.token(tok.head()), CueKind.ADJ) // "is appalled and deeply saddened"
              || tok.relation().equals("xcomp") && tok.head() >= 0 && s.token(tok.head()).isVerb()); // "We remain deeply concerned"
      case NOUN -> true;
    };
  }

  /** "called on all parties to refrain": a clause under the cue, or under the person it calls on. */
  private static boolean hasClause(Sentence s, Token tok) {
    for (Token c : s.children(tok.index())) {
      String rel = c.relation();
      if (rel.equals("xcomp") || rel.startsWith("ccomp") || rel.equals("advcl")
          || (rel.startsWith("obl") || rel.equals("obj")) && s.children(c.index()).stream().anyMatch(g -> g.relation().equals("acl") || g.relation().equals("xcomp"))) {
        return true;
      }
    }
    return false;
  }

  /** "sent his condolences": an object noun that carries a stance ({@code cue-objects.tsv}). */
  private boolean hasCueObject(Sentence s, Token tok) {
    return s.children(tok.index()).stream().anyMatch(c -> c.relation().equals("obj") && lexicon.cueObjectPolarity(c.lemma()).isPresent());
  }

  /** "Asked whether China would announce ...": a question or a condition reports no statement. */
  private static boolean isQuestion(Sentence s, Token tok) {
    return s.child(tok.index(), "mark").map(m -> m.lemma().equalsIgnoreCase("whether") || m.lemma().equalsIgnoreCase("if")).orElse(false);
  }

  /** "They addressed", "has reviewed", "will support"; not "to address", "supporting". */
  private static boolean isFinite(Sentence s, Token tok) {
    if (s.child(tok.index(), "mark").map(m -> m.text().equalsIgnoreCase("to")).orElse(false)) {
      return false;
    }
    String pos = tok.pos();
    if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
      return true;
    }
    if (pos.equals("VBN") && s.child(tok.index(), "aux").isEmpty() && s.child(tok.index(), "aux:pass").isEmpty()) {
      // "The two sides reviewed ...", "... and updated him on ...": a past tense the tagger took for a participle
      boolean ownSubject = s.child(tok.index(), "nsubj").isPresent();
      boolean coordinated = tok.relation().equals("conj") && tok.head() >= 0 && isFinite(s, s.token(tok.head()));
      if (ownSubject || coordinated) {
        return true;
      }
    }
    return (pos.equals("VBN") || pos.equals("VB")) && s.child(tok.index(), "aux").isPresent();
  }

  /** The token indices of the phrase starting at {@code i}, or empty. */
  private static Optional<List<Integer>> phrase(List<Token> t, int i, List<String> lemmas) {
    List<Integer> idx = new ArrayList<>();
    idx.add(i);
    int j = i + 1;
    for (int w = 1; w < lemmas.size(); w++) {
      int fillers = 0;
      while (j < t.size() && !matches(t.get(j), lemmas.get(w)) && fillers < MAX_FILLERS
          && (FILLER_POS.contains(t.get(j).pos()) || isAdjectiveAnd(t, j))) {
        j++;
        fillers++;
        if (j + 1 < t.size() && t.get(j).pos().equals("HYPH")) {
          j += 2; // "wide - ranging": one word the tokenizer cut at its hyphen
        }
      }
      if (j >= t.size() || !matches(t.get(j), lemmas.get(w))) {
        return Optional.empty();
      }
      idx.add(j);
      j++;
    }
    return Optional.of(idx);
  }

  /** "substantive and wide-ranging discussions": an "and" between two adjectives inside a cue phrase. */
  private static boolean isAdjectiveAnd(List<Token> t, int j) {
    return t.get(j).pos().equals("CC") && j > 0 && j + 1 < t.size() && t.get(j - 1).pos().startsWith("JJ")
        && (t.get(j + 1).pos().startsWith("JJ") || j + 2 < t.size() && t.get(j + 2).pos().equals("HYPH"));
  }

  private static boolean matches(Token tok, String lemma) {
    return tok.lemma().equalsIgnoreCase(lemma) || tok.text().equalsIgnoreCase(lemma);
  }
}
