package dev.readout.backend.opennlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fast rule-based approximation of a dependency parse over Penn part-of-speech tags: noun-phrase chunks,
 * verb groups, subjects, objects, prepositional attachments, coordination, clausal complements,
 * infinitives and participles, with Universal Dependencies relation names. It gives the attribution
 * rules what they read from a real parse (nsubj, conj, ccomp, obj, xcomp, advcl) for the common
 * press-release constructions, at a small fraction of a parser's cost. Stateless and thread-safe.
 */
public final class ShallowParser {
  private static final Set<String> NP_POS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH");
  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m");
  private static final Set<String> AUX = Set.of("have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ve", "'ll", "'d");

  /** The parse of one sentence: parallel arrays of heads (-1 for the root) and relations. */
  public record Parse(int[] heads, String[] relations) {}

  private record Chunk(int start, int end, int head) {} // tokens [start, end)

  /** Words tagged IN that start a clause, not a prepositional phrase, when a noun phrase and a verb follow. */
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of(
      "that", "whether", "if", "because", "although", "though", "while", "whereas", "unless", "once");

  public Parse parse(List<String> words, List<String> tags) {
    int n = words.size();
    int[] head = new int[n];
    String[] rel = new String[n];
    Arrays.fill(head, -2); // -2: not attached yet
    List<Chunk> nps = chunkNounPhrases(words, tags, head, rel);
    int[] npAt = new int[n];
    Arrays.fill(npAt, -1);
    for (int c = 0; c < nps.size(); c++) {
      for (int k = nps.get(c).start(); k < nps.get(c).end(); k++) {
        npAt[k] = c;
      }
    }
    List<Chunk> verbs = verbGroups(words, tags, npAt, head, rel);
    int root = -1;
    int prevVerb = -1;
    for (Chunk vg : verbs) {
      int v = vg.head();
      boolean passive = isPassive(words, tags, vg);
      int subj = subjectBefore(words, tags, nps, npAt, vg.start());
      int left = skipLeft(tags, words, vg.start() - 1);
      boolean infinitive = vg.start() < n && words.get(vg.start()).equalsIgnoreCase("to");
      if (infinitive) {
        attach(head, rel, vg.start(), v, "mark");
      }
      if (subj >= 0 && !infinitive) {
        attach(head, rel, subj, v, passive ? "nsubj:pass" : "nsubj");
        int markAt = skipLeft(tags, words, nps.get(npAt[subj]).start() - 1);
        if (markAt >= 0 && words.get(markAt).equalsIgnoreCase("that") && prevVerb >= 0) {
          attach(head, rel, markAt, v, "mark");
          attach(head, rel, v, prevVerb, "ccomp");
        } else if (prevVerb >= 0 && markAt >= 0 && inVerbGroup(verbs, markAt) == prevVerb) {
          attach(head, rel, v, prevVerb, "ccomp"); // "said his visit will ..."
        } else if (prevVerb >= 0 && markAt >= 0 && (tags.get(markAt).equals("CC") || words.get(markAt).equals(";") || words.get(markAt).equals(","))) {
          attach(head, rel, v, prevVerb, "conj");
          if (tags.get(markAt).equals("CC")) {
            attach(head, rel, markAt, v, "cc");
          }
        }
      } else if (infinitive && prevVerb >= 0 && left >= 0 && inVerbGroup(verbs, left) == prevVerb) {
        attach(head, rel, v, prevVerb, "xcomp");
      } else if (infinitive && left >= 0 && npAt[left] >= 0) {
        attach(head, rel, v, nps.get(npAt[left]).head(), "acl");
      } else if (tags.get(v).equals("VBG") && left >= 0 && words.get(left).equals(",") && prevVerb >= 0) {
        attach(head, rel, v, prevVerb, "advcl");
      } else if ((tags.get(v).equals("VBG") || tags.get(v).equals("VBN")) && left >= 0 && npAt[left] >= 0 && prevVerb >= 0
          && !tags.get(left).equals("CC")) {
        attach(head, rel, v, nps.get(npAt[left]).head(), "acl");
      } else if (prevVerb >= 0 && left >= 0 && (tags.get(left).equals("CC") || words.get(left).equals(","))) {
        attach(head, rel, v, prevVerb, "conj");
        if (tags.get(left).equals("CC")) {
          attach(head, rel, left, v, "cc");
        }
      } else if (infinitive && prevVerb >= 0) {
        attach(head, rel, v, prevVerb, "advcl");
      }
      if (head[v] == -2) {
        if (root < 0) {
          root = v;
          head[v] = -1;
          rel[v] = "root";
        } else {
          attach(head, rel, v, root, "parataxis");
        }
      }
      // the object: a noun phrase right after the verb group
      int after = vg.end();
      while (after < n && tags.get(after).startsWith("RB")) {
        after++;
      }
      if (after < n && npAt[after] >= 0 && nps.get(npAt[after]).start() == after && head[nps.get(npAt[after]).head()] == -2) {
        attach(head, rel, nps.get(npAt[after]).head(), v, "obj");
      }
      prevVerb = v;
    }
    attachPrepositions(words, tags, nps, npAt, verbs, head, rel);
    coordinateNounPhrases(words, tags, nps, head, rel);
    if (root < 0) {
      root = nps.isEmpty() ? 0 : nps.get(0).head();
      head[root] = -1;
      rel[root] = "root";
    }
    for (int i = 0; i < n; i++) {
      if (head[i] == -2) {
        attach(head, rel, i, root, tags.get(i).equals(".") || tags.get(i).equals(",") || tags.get(i).equals(":") ? "punct" : "dep");
      }
    }
    return new Parse(head, rel);
  }

  private static void attach(int[] head, String[] rel, int dep, int gov, String relation) {
    if (dep == gov || head[dep] != -2) {
      return;
    }
    for (int up = gov, steps = 0; up >= 0 && steps <= head.length; up = head[up], steps++) {
      if (up == dep) {
        return; // the arc would close a cycle
      }
    }
    head[dep] = gov;
    rel[dep] = relation;
  }

  /** Noun phrases with their inner arcs; a possessive "X 's Y" gives two phrases joined by nmod:poss. */
  private static List<Chunk> chunkNounPhrases(List<String> w, List<String> t, int[] head, String[] rel) {
    List<Chunk> out = new ArrayList<>();
    int n = w.size();
    int i = 0;
    while (i < n) {
      boolean pronoun = t.get(i).equals("PRP") || t.get(i).equals("EX");
      if (pronoun) {
        out.add(new Chunk(i, i + 1, i));
        i++;
        continue;
      }
      if (!NP_POS.contains(t.get(i)) || t.get(i).equals("POS")) {
        i++;
        continue;
      }
      int j = i;
      int lastNoun = -1;
      while (j < n && NP_POS.contains(t.get(j))) {
        if (t.get(j).startsWith("NN") || t.get(j).equals("CD") && lastNoun < 0) {
          lastNoun = j;
        }
        if (t.get(j).equals("POS")) {
          break;
        }
        j++;
      }
      if (lastNoun < 0) {
        i = Math.max(j, i + 1);
        continue;
      }
      int end = lastNoun + 1;
      Chunk c = new Chunk(i, end, lastNoun);
      for (int k = i; k < end; k++) {
        if (k != lastNoun) {
          String tag = t.get(k);
          attach(head, rel, k, lastNoun, switch (tag) {
            case "DT", "PDT" -> "det";
            case "PRP$" -> "nmod:poss";
            case "JJ", "JJR", "JJS" -> "amod";
            case "CD" -> "nummod";
            case "HYPH" -> "punct";
            default -> "compound";
          });
        }
      }
      out.add(c);
      if (end < n && t.get(end).equals("POS")) { // possessor: attach to the next phrase
        int k = end + 1;
        int next = k;
        int nextNoun = -1;
        while (next < n && NP_POS.contains(t.get(next)) && !t.get(next).equals("POS")) {
          if (t.get(next).startsWith("NN")) {
            nextNoun = next;
          }
          next++;
        }
        if (nextNoun >= 0) {
          attach(head, rel, end, lastNoun, "case");
          attach(head, rel, lastNoun, nextNoun, "nmod:poss");
          for (int x = k; x < nextNoun + 1; x++) {
            if (x != nextNoun) {
              attach(head, rel, x, nextNoun, t.get(x).startsWith("JJ") ? "amod" : t.get(x).equals("DT") ? "det" : "compound");
            }
          }
          out.add(new Chunk(i, nextNoun + 1, nextNoun));
          i = nextNoun + 1;
          continue;
        }
      }
      i = end;
    }
    return out;
  }

  /** Verb groups: auxiliaries, adverbs and a main verb (or a copula and its adjective). */
  private static List<Chunk> verbGroups(List<String> w, List<String> t, int[] npAt, int[] head, String[] rel) {
    List<Chunk> out = new ArrayList<>();
    int n = w.size();
    int i = 0;
    while (i < n) {
      boolean to = w.get(i).equalsIgnoreCase("to") && i + 1 < n && t.get(i + 1).equals("VB");
      if (!to && !(t.get(i).startsWith("VB") || t.get(i).equals("MD"))) {
        i++;
        continue;
      }
      int start = i;
      int j = to ? i + 1 : i;
      int main = -1;
      while (j < n && (t.get(j).startsWith("VB") || t.get(j).equals("MD") || t.get(j).startsWith("RB"))) {
        if (t.get(j).startsWith("VB")) {
          main = j;
        }
        j++;
      }
      if (main < 0) {
        i = j;
        continue;
      }
      // a copula with an adjective: "was clear that", "is critical"
      if (BE.contains(w.get(main).toLowerCase(Locale.ROOT)) && j < n && t.get(j).startsWith("JJ") && npAt[j] < 0) {
        attach(head, rel, main, j, "cop");
        main = j;
        j++;
      } else if (BE.contains(w.get(main).toLowerCase(Locale.ROOT)) && j < n && t.get(j).startsWith("JJ") && npAt[j] >= 0 && j + 1 < n
          && !t.get(j + 1).startsWith("NN")) {
        attach(head, rel, main, j, "cop");
        main = j;
        j++;
      }
      for (int k = start; k < j; k++) {
        if (k == main) {
          continue;
        }
        String lw = w.get(k).toLowerCase(Locale.ROOT);
        if (t.get(k).startsWith("RB")) {
          attach(head, rel, k, main, "advmod");
        } else if (lw.equals("to")) {
          continue; // marked by the caller
        } else if (BE.contains(lw) && t.get(main).equals("VBN")) {
          attach(head, rel, k, main, "aux:pass");
        } else if (t.get(k).equals("MD") || AUX.contains(lw) || BE.contains(lw)) {
          attach(head, rel, k, main, "aux");
        } else {
          attach(head, rel, k, main, "dep");
        }
      }
      out.add(new Chunk(start, j, main));
      i = j;
    }
    return out;
  }

  private static boolean isPassive(List<String> w, List<String> t, Chunk vg) {
    if (!t.get(vg.head()).equals("VBN")) {
      return false;
    }
    for (int k = vg.start(); k < vg.head(); k++) {
      if (BE.contains(w.get(k).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The head of the subject noun phrase before a verb group, past adverbs and appositions; -1 when none. */
  private static int subjectBefore(List<String> w, List<String> t, List<Chunk> nps, int[] npAt, int verbStart) {
    int k = skipLeft(t, w, verbStart - 1);
    // ", the Minister for Foreign Affairs of Japan," between subject and verb
    if (k >= 0 && w.get(k).equals(",")) {
      int open = k - 1;
      while (open >= 0 && !w.get(open).equals(",") && !t.get(open).startsWith("VB")) {
        open--;
      }
      if (open > 0 && w.get(open).equals(",") && npAt[open - 1] >= 0) {
        k = open - 1;
      } else {
        return -1;
      }
    }
    if (k < 0 || npAt[k] < 0) {
      return -1;
    }
    Chunk np = nps.get(npAt[k]);
    int before = np.start() - 1;
    if (before >= 0 && (t.get(before).equals("IN") || t.get(before).equals("TO")) && !SUBORDINATORS.contains(w.get(before).toLowerCase(java.util.Locale.ROOT))) {
      // "the establishment of a group": a prepositional object is no subject, but "X and Y" before it may be; the
      // tagger's IN "that" ("reiterated that Hamas does not ...") starts a clause whose subject it is
      return -1;
    }
    // "Minister Kishida and Secretary General Rasmussen": the subject is the first conjunct
    if (before >= 1 && t.get(before).equals("CC") && npAt[before - 1] >= 0) {
      Chunk first = nps.get(npAt[before - 1]);
      int b2 = first.start() - 1;
      if (b2 < 0 || !(t.get(b2).equals("IN") || t.get(b2).equals("TO"))) {
        return first.head();
      }
    }
    return np.head();
  }

  /** Left of {@code k}, past adverbs. */
  private static int skipLeft(List<String> t, List<String> w, int k) {
    while (k >= 0 && t.get(k).startsWith("RB")) {
      k--;
    }
    return k;
  }

  private static int inVerbGroup(List<Chunk> verbs, int k) {
    for (Chunk c : verbs) {
      if (c.start() <= k && k < c.end()) {
        return c.head();
      }
    }
    return -1;
  }

  /** "to Japan", "of the meeting": attached to the noun phrase just before, else to the nearest verb. */
  private static void attachPrepositions(List<String> w, List<String> t, List<Chunk> nps, int[] npAt, List<Chunk> verbs, int[] head, String[] rel) {
    for (int i = 0; i < w.size(); i++) {
      if (!(t.get(i).equals("IN") || t.get(i).equals("TO")) || i + 1 >= w.size() || npAt[i + 1] < 0) {
        continue;
      }
      Chunk obj = nps.get(npAt[i + 1]);
      if (obj.start() != i + 1 || head[obj.head()] != -2) {
        continue;
      }
      attach(head, rel, i, obj.head(), "case");
      int left = i - 1;
      int gov;
      String r;
      if (left >= 0 && npAt[left] >= 0) {
        gov = nps.get(npAt[left]).head();
        r = "nmod";
      } else {
        gov = nearestVerb(verbs, i);
        r = "obl";
      }
      if (gov >= 0) {
        attach(head, rel, obj.head(), gov, r);
      }
    }
  }

  private static int nearestVerb(List<Chunk> verbs, int i) {
    int best = -1;
    int dist = Integer.MAX_VALUE;
    for (Chunk c : verbs) {
      int d = c.head() < i ? i - c.head() : (c.head() - i) * 2; // prefer the verb before
      if (d < dist) {
        dist = d;
        best = c.head();
      }
    }
    return best;
  }

  /** "Japan and NATO", "Kishida and Rasmussen": the second phrase is a conjunct of the first. */
  private static void coordinateNounPhrases(List<String> w, List<String> t, List<Chunk> nps, int[] head, String[] rel) {
    for (int c = 1; c < nps.size(); c++) {
      Chunk a = nps.get(c - 1);
      Chunk b = nps.get(c);
      int between = b.start() - a.end();
      if (between == 1 && t.get(a.end()).equals("CC") || between == 2 && w.get(a.end()).equals(",") && t.get(a.end() + 1).equals("CC")) {
        int cc = b.start() - 1;
        attach(head, rel, b.head(), a.head(), "conj");
        attach(head, rel, cc, b.head(), "cc");
      } else if (between == 1 && w.get(a.end()).equals(",") && head[b.head()] == -2) {
        attach(head, rel, b.head(), a.head(), "appos");
      }
    }
  }
}
