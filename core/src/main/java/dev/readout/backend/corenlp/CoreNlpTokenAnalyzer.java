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

/**
 * Stanford CoreNLP as the token analyzer: tokenizer, POS tagger, lemmatizer, the statistical NER
 * (coarse tags only: no fine-grained rules, no SUTime) and the neural dependency parser. Each sentence
 * from our own splitter is annotated as one sentence. Thread-safe: CoreNLP's annotators may be shared.
 */
public final class CoreNlpTokenAnalyzer implements TokenAnalyzer {
  private final StanfordCoreNLP pipeline;

  public CoreNlpTokenAnalyzer() {
    this(defaultProperties());
  }

  public CoreNlpTokenAnalyzer(Properties properties) {
    try {
      this.pipeline = new StanfordCoreNLP(properties, false);
    } catch (RuntimeException e) {
      throw new ModelLoadException("CoreNLP could not be started: " + e.getMessage(), e);
    }
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

  @Override
  public List<Token> analyze(String text, Span sentence) {
    String sub = sentence.of(text);
    Annotation ann = new Annotation(sub);
    pipeline.annotate(ann);
    List<Token> out = new ArrayList<>();
    List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
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
