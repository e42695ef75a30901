package dev.readout.backend.corenlp;

import dev.readout.lexicon.ModelLoadException;
import dev.readout.model.Span;
import dev.readout.model.Token;
import dev.readout.sentences.TokenAnalyzer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Stanford CoreNLP as the token analyzer: tokenizer, POS tagger, lemmatizer, the statistical NER
 * (coarse tags only: no fine-grained rules, no SUTime) and the neural dependency parser. Each sentence
 * from our own splitter is annotated as one sentence. Thread-safe: CoreNLP's annotators may be shared.
 */
public final class CoreNlpTokenAnalyzer implements TokenAnalyzer {
  /** The tokenizer (and splitter), or the whole pipeline when the tagger is not in it. */
  private final StanfordCoreNLP tokenizer;
  /** The tagger, run once there are tokens; null when the tagger is not in the pipeline. */
  private final StanfordCoreNLP tagger;
  /** The annotators between the tagger and the parser (lemmas, entity tags); null when there are none. */
  private final StanfordCoreNLP afterTagging;
  /** The dependency parser, run last; null when it is not in the pipeline. */
  private final StanfordCoreNLP parser;

  public CoreNlpTokenAnalyzer() {
    this(defaultProperties());
  }

  public CoreNlpTokenAnalyzer(Properties properties) {
    try {
      List<String> annotators = List.of(properties.getProperty("annotators", "").split("\\s*,\\s*"));
      int pos = annotators.indexOf("pos");
      int parse = annotators.indexOf("depparse");
      if (pos > 0 && (parse < 0 || parse == annotators.size() - 1)) {
        int end = parse < 0 ? annotators.size() : parse;
        this.tokenizer = new StanfordCoreNLP(only(properties, annotators.subList(0, pos)), false);
        this.tagger = new StanfordCoreNLP(only(properties, List.of("pos")), false);
        this.afterTagging = pos + 1 < end ? new StanfordCoreNLP(only(properties, annotators.subList(pos + 1, end)), false) : null;
        this.parser = parse < 0 ? null : new StanfordCoreNLP(only(properties, List.of("depparse")), false);
      } else {
        this.tokenizer = new StanfordCoreNLP(properties, false);
        this.tagger = null;
        this.afterTagging = null;
        this.parser = null;
      }
    } catch (RuntimeException e) {
      throw new ModelLoadException("CoreNLP could not be started: " + e.getMessage(), e);
    }
  }

  private static Properties only(Properties properties, List<String> annotators) {
    Properties p = (Properties) properties.clone();
    p.setProperty("annotators", String.join(",", annotators));
    return p;
  }

  /** The lightest configuration that keeps our figures: see README. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    // one CRF model, not the three of the default: MISC and the numeric classes of the others are not used
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    return p;
  }

  /**
   * "The two discussed trade" and "Both condemned the attack": the tagger reads the verb after a bare "the two"
   * or "both" as a participle modifying the next noun, and the parser then finds no verb. Readouts open
   * sentences this way all the time, so a past participle there becomes a past tense, unless "by" follows.
   */
  static void mendTags(List<CoreLabel> t) {
    int v = t.size() > 2 && t.get(0).word().equalsIgnoreCase("the") && t.get(1).word().equalsIgnoreCase("two") ? 2
        : t.size() > 1 && t.get(0).word().equalsIgnoreCase("both") ? 1 : -1;
    if (v < 0 || !(t.get(v).tag().equals("VBN") || t.get(v).tag().equals("JJ")) || !t.get(v).word().endsWith("ed")) {
      return;
    }
    if (v + 1 < t.size() && t.get(v + 1).word().equalsIgnoreCase("by")) {
      return;
    }
    t.get(v).setTag("VBD");
  }

  @Override
  public List<Token> analyze(String text, Span sentence) {
    return analyze(text, sentence, tokens -> true);
  }

  /** The parser, most of the cost, runs only when {@code needsParse} takes the tokens, tags, lemmas and entity tags. */
  @Override
  public List<Token> analyze(String text, Span sentence, Predicate<List<Token>> needsParse) {
    String sub = sentence.of(text);
    Annotation ann = new Annotation(sub);
    try {
      tokenizer.annotate(ann);
    } catch (IllegalStateException e) {
      if (String.valueOf(e.getMessage()).startsWith("unexpected empty sentence")) {
        return List.of(); // only characters CoreNLP drops (controls, symbols it cannot read): no token, nothing to tag
      }
      throw e;
    }
    List<CoreMap> split = ann.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreLabel> all = ann.get(CoreAnnotations.TokensAnnotation.class);
    if (split == null || all == null || all.isEmpty()) {
      return List.of();
    }
    if (tagger != null) {
      tagger.annotate(ann);
      for (CoreMap s : split) {
        mendTags(s.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    if (afterTagging != null) {
      afterTagging.annotate(ann);
    }
    if (parser != null) {
      if (!needsParse.test(tokens(sentence, split))) {
        return tokens(sentence, split); // no arcs: every token its own root
      }
      parser.annotate(ann);
    }
    return tokens(sentence, split);
  }

  /** Our tokens from CoreNLP's annotated sentences, with the arcs of their parse when they have one. */
  private static List<Token> tokens(Span sentence, List<CoreMap> sentences) {
    List<Token> out = new ArrayList<>();
    int base = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      int n = labels.size();
      int[] heads = new int[n];
      String[] rels = new String[n];
      java.util.Arrays.fill(heads, -1);
      if (graph != null) {
        for (SemanticGraphEdge e : graph.edgeIterable()) {
          int dep = e.getDependent().index() - 1;
          if (dep >= 0 && dep < n) {
            heads[dep] = e.getGovernor().index() - 1;
            rels[dep] = e.getRelation().toString();
          }
        }
        for (IndexedWord root : graph.getRoots()) {
          int r = root.index() - 1;
          if (r >= 0 && r < n) {
            heads[r] = -1;
            rels[r] = "root";
          }
        }
      }
      for (int i = 0; i < n; i++) {
        CoreLabel l = labels.get(i);
        String original = l.originalText() != null ? l.originalText() : l.word();
        int head = heads[i] >= 0 ? heads[i] + base : -1;
        out.add(
            new Token(
                base + i,
                sentence.begin() + l.beginPosition(),
                sentence.begin() + l.endPosition(),
                original,
                l.lemma(),
                l.tag(),
                l.ner(),
                head,
                rels[i] == null ? "dep" : rels[i]));
      }
      base += n;
    }
    return out;
  }
}
