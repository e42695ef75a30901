package dev.readout.backend.opennlp;

import dev.readout.lexicon.Lexicon;
import dev.readout.lexicon.ModelLoadException;
import dev.readout.model.Span;
import dev.readout.model.Token;
import dev.readout.sentences.TokenAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Apache OpenNLP as the token analyzer of the fast profile: a {@link RuleTokenizer} (faster than
 * OpenNLP's statistical tokenizer and better on this genre's abbreviations), the UD English part-of-speech
 * tagger from Maven Central, rule lemmas, the universal tags refined to Penn tags by word shape and
 * context, clitics split ("Korea's", "isn't"), and a {@link ShallowParser} for dependency arcs. No
 * statistical entity tags. Thread-safe: models are shared, the taggers (which keep state) are one per thread.
 */
public final class OpenNlpTokenAnalyzer implements TokenAnalyzer {
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "shall", "should", "must");
  private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "its", "our", "their");
  private static final Set<String> CLITICS = Set.of("'s", "’s", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m");

  private final POSModel posModel;
  private final Lexicon lexicon;
  private final ShallowParser parser = new ShallowParser();
  private final RuleTokenizer ruleTokenizer;
  private final ThreadLocal<POSTaggerME> tagger;

  public OpenNlpTokenAnalyzer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.ruleTokenizer = new RuleTokenizer(lexicon);
    try {
      this.posModel = new POSModel(open(POS));
    } catch (IOException e) {
      throw new ModelLoadException("OpenNLP model cannot be read: " + e.getMessage(), e);
    }
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
  }

  private static InputStream open(String name) {
    InputStream in = OpenNlpTokenAnalyzer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new ModelLoadException(name + ": not on the classpath (is org.apache.opennlp:opennlp-models-*-en a dependency?)");
    }
    return in;
  }

  @Override
  public List<Token> analyze(String text, Span sentence) {
    String sub = sentence.of(text);
    List<int[]> offs = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (int[] s : ruleTokenizer.tokenize(sub)) {
      String w = sub.substring(s[0], s[1]);
      int cut = cliticAt(w);
      if (cut > 0) {
        words.add(w.substring(0, cut));
        offs.add(new int[] {s[0], s[0] + cut});
        words.add(w.substring(cut));
        offs.add(new int[] {s[0] + cut, s[1]});
      } else {
        words.add(w);
        offs.add(new int[] {s[0], s[1]});
      }
    }
    String[] wordArr = words.toArray(String[]::new);
    String[] upos = tagger.get().tag(wordArr);
    List<String> penn = new ArrayList<>();
    for (int i = 0; i < wordArr.length; i++) {
      penn.add(penn(wordArr, upos, i));
    }
    ShallowParser.Parse parse = parser.parse(words, penn);
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < wordArr.length; i++) {
      out.add(new Token(i, sentence.begin() + offs.get(i)[0], sentence.begin() + offs.get(i)[1], wordArr[i],
          lemma(wordArr[i], penn.get(i)), penn.get(i), "O", parse.heads()[i], parse.relations()[i]));
    }
    return out;
  }

  private static int cliticAt(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    for (String c : CLITICS) {
      if (lower.length() > c.length() && lower.endsWith(c)) {
        return w.length() - c.length();
      }
    }
    return -1;
  }

  /** Universal tags refined to Penn tags by the word's shape and its neighbours. */
  static String penn(String[] w, String[] u, int i) {
    String word = w[i];
    String lower = word.toLowerCase(Locale.ROOT);
    String prev = i > 0 ? w[i - 1].toLowerCase(Locale.ROOT) : "";
    String tag = u[i].contains("+") ? u[i].substring(0, u[i].indexOf('+')) : u[i];
    if (lower.equals("'s") || lower.equals("’s")) {
      return tag.equals("AUX") || tag.equals("VERB") ? "VBZ" : "POS";
    }
    if ((word.equals("’") || word.equals("'")) && i > 0 && i + 1 < w.length && prev.endsWith("s")
        && (u[i - 1].startsWith("NOUN") || u[i - 1].startsWith("PROPN"))
        && (u[i + 1].startsWith("ADJ") || u[i + 1].startsWith("NOUN") || u[i + 1].startsWith("PROPN") || u[i + 1].startsWith("VERB")
            || u[i + 1].startsWith("NUM"))) {
      return "POS"; // "the United States’ commitment": the possessive a plural leaves, not a closing quote
    }
    switch (tag) {
      case "NOUN":
        return lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") ? "NNS" : "NN";
      case "PROPN":
        return "NNP";
      case "VERB":
      case "AUX":
        if (MODALS.contains(lower)) {
          return "MD";
        }
        if (lower.endsWith("ing")) {
          return "VBG";
        }
        if (prev.equals("to") || MODALS.contains(prev) || prev.equals("did") || prev.equals("does") || prev.equals("do")
            || prev.equals("not") || prev.equals("n't")) {
          return "VB";
        }
        if (lower.endsWith("ed") || lower.equals("said") || lower.equals("made") || lower.equals("held") || lower.equals("met")
            || lower.equals("spoke") || lower.equals("told") || lower.equals("gave") || lower.equals("laid") || lower.equals("was")
            || lower.equals("were") || lower.equals("had") || lower.equals("did") || lower.equals("took") || lower.equals("set")) {
          boolean perfect = false;
          for (int k = Math.max(0, i - 3); k < i; k++) {
            String a = w[k].toLowerCase(Locale.ROOT);
            if (Set.of("has", "have", "had", "is", "are", "was", "were", "be", "been", "being").contains(a)) {
              perfect = true;
            }
          }
          return perfect && !lower.equals("was") && !lower.equals("were") ? "VBN" : "VBD";
        }
        if (lower.endsWith("s") && !lower.endsWith("ss")) {
          return "VBZ";
        }
        return "VBP";
      case "ADJ":
        return lower.endsWith("est") && lower.length() > 5 ? "JJS" : "JJ";
      case "ADV":
        return "RB";
      case "PART":
        return lower.equals("to") ? "TO" : lower.equals("not") || lower.equals("n't") || lower.equals("n’t") ? "RB" : "RP";
      case "PRON":
        if (POSSESSIVES.contains(lower) || lower.equals("her") && i + 1 < w.length && !u[i + 1].equals("PUNCT") && !u[i + 1].equals("ADP")) {
          return "PRP$";
        }
        if (lower.equals("who") || lower.equals("whom") || lower.equals("what")) {
          return "WP";
        }
        if (lower.equals("which") || lower.equals("that")) {
          return "WDT";
        }
        return "PRP";
      case "DET":
        return lower.equals("which") ? "WDT" : "DT";
      case "ADP":
        return lower.equals("to") ? "TO" : "IN";
      case "SCONJ":
        return "IN";
      case "CCONJ":
        return "CC";
      case "NUM":
        return "CD";
      case "PUNCT":
        return switch (word) {
          case "," -> ",";
          case ".", "!", "?" -> ".";
          case "-", "–", "—" -> "HYPH";
          case "\"", "“", "”", "'", "‘", "’", "``", "''" -> "``";
          case "(", "[" -> "-LRB-";
          case ")", "]" -> "-RRB-";
          default -> ":";
        };
      case "SYM":
        return "SYM";
      default:
        return "NN";
    }
  }

  /**
   * A rule lemma: irregular verbs from the lexicon, a verb's regular forms that lead to a lemma the
   * lexicons know, plural nouns made singular, other words lower-cased. (OpenNLP's statistical
   * lemmatizer cost more than everything else together and changed none of our decisions.)
   */
  String lemma(String word, String penn) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (penn.startsWith("VB") || penn.equals("MD")) {
      var irregular = lexicon.irregularLemma(lower);
      if (irregular.isPresent()) {
        return irregular.get();
      }
      for (String c : verbCandidates(lower)) {
        if (lexicon.isKnownLemma(c)) {
          return c;
        }
      }
    }
    if (penn.equals("NNS")) {
      if (lower.endsWith("ies")) {
        return lower.substring(0, lower.length() - 3) + "y";
      }
      return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }
    return lower;
  }

  static List<String> verbCandidates(String w) {
    List<String> out = new ArrayList<>();
    out.add(w);
    for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 1) {
        String stem = w.substring(0, w.length() - suffix.length());
        out.add(stem);
        out.add(stem + "e");
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
          out.add(stem.substring(0, stem.length() - 1)); // committed -> commit
        }
        if (stem.endsWith("i")) {
          out.add(stem.substring(0, stem.length() - 1) + "y"); // applied -> apply
        }
      }
    }
    return out;
  }
}
