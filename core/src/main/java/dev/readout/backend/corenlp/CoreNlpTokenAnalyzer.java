package dev.readout.backend.corenlp;

import dev.readout.lexicon.ModelLoadException;
import dev.readout.model.Span;
import dev.readout.model.Token;
import dev.readout.sentences.TokenAnalyzer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Stanford CoreNLP as the token analyzer: tokenizer, POS tagger, lemmatizer, the statistical NER
 * (coarse tags only: no fine-grained rules, no SUTime) and the neural dependency parser. Each sentence
 * from our own splitter is annotated as one sentence. The annotators are built straight from CoreNLP's
 * factories and called one after the other, not through {@code StanfordCoreNLP} (whose global annotator
 * pool and run timers every thread would write to), and the independent models load at the same time.
 * The parser makes only the basic dependencies we read, not CoreNLP's four other graphs. Thread-safe:
 * CoreNLP's annotators and parser may be shared.
 */
public final class CoreNlpTokenAnalyzer implements TokenAnalyzer {
  /** The annotators this analyzer knows, in the order they must run; {@code depparse} is the parser. */
  static final List<String> KNOWN = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");

  /** The tokenizer and splitter. */
  private final List<Annotator> tokenizer;
  /** The tagger, run once there are tokens; null when the tagger is not configured. */
  private final Annotator tagger;
  /** The annotators between the tagger and the parser (lemmas, entity tags). */
  private final List<Annotator> afterTagging;
  /** The dependency parser, run last; null when it is not configured. */
  private final DependencyParser parser;

  public CoreNlpTokenAnalyzer() {
    this(defaultProperties());
  }

  /**
   * CoreNLP as {@code properties} configure it. The annotators must be among {@link #KNOWN}, in that order, and
   * begin with {@code tokenize}; the models of the tagger, the entity tagger and the parser load concurrently.
   */
  public CoreNlpTokenAnalyzer(Properties properties) {
    List<String> annotators = annotators(properties.getProperty("annotators", ""));
    ExecutorService loaders = Executors.newFixedThreadPool(3, r -> {
      Thread t = new Thread(r, "readout-corenlp-load");
      t.setDaemon(true);
      return t;
    });
    try {
      AnnotatorImplementations make = new AnnotatorImplementations();
      Future<DependencyParser> parse = annotators.contains("depparse")
          ? loaders.submit(() -> DependencyParser.loadFromModelFile(
              properties.getProperty("depparse.model", DependencyParser.DEFAULT_MODEL),
              PropertiesUtils.extractPrefixedProperties(properties, "depparse.")))
          : null;
      Future<Annotator> ner = annotators.contains("ner") ? loaders.submit(() -> make.ner(properties)) : null;
      Future<Annotator> pos = annotators.contains("pos") ? loaders.submit(() -> make.posTagger(properties)) : null;
      List<Annotator> tok = new ArrayList<>();
      tok.add(make.tokenizer(properties));
      if (annotators.contains("ssplit")) {
        tok.add(make.wordToSentences(properties));
      }
      List<Annotator> after = new ArrayList<>();
      if (annotators.contains("lemma")) {
        after.add(make.morpha(properties, false));
      }
      if (ner != null) {
        after.add(ner.get());
      }
      this.tokenizer = List.copyOf(tok);
      this.tagger = pos == null ? null : pos.get();
      this.afterTagging = List.copyOf(after);
      this.parser = parse == null ? null : parse.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ModelLoadException("CoreNLP could not be started: " + cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelLoadException("CoreNLP's models were still loading when the thread was interrupted", e);
    } catch (RuntimeException e) {
      throw new ModelLoadException("CoreNLP could not be started: " + e.getMessage(), e);
    } finally {
      loaders.shutdownNow();
    }
  }

  /**
   * The annotator names of a configuration, checked: known ones only, in {@link #KNOWN}'s order, from
   * {@code tokenize}, and the tagger before the lemmatizer, the entity tagger or the parser, which need its tags.
   */
  static List<String> annotators(String property) {
    List<String> names = List.of(property.strip().split("\\s*,\\s*"));
    int last = -1;
    for (String n : names) {
      int at = KNOWN.indexOf(n);
      if (at <= last) {
        throw new ModelLoadException("CoreNLP annotators '" + property + "': " + (at < 0 ? "'" + n + "' is not one of " + KNOWN
            : "'" + n + "' is out of order (" + KNOWN + ")"));
      }
      last = at;
    }
    if (!names.get(0).equals("tokenize")) {
      throw new ModelLoadException("CoreNLP annotators '" + property + "': the first must be 'tokenize'");
    }
    if (!names.contains("pos") && names.stream().anyMatch(n -> KNOWN.indexOf(n) > KNOWN.indexOf("pos"))) {
      throw new ModelLoadException("CoreNLP annotators '" + property + "': lemma, ner and depparse need 'pos'");
    }
    return names;
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

  /** The parser, most of the cost, runs only when {@code needsParse} takes the tokens, tags, lemmas and entity tags; otherwise the rule-based shallow parse of the fast profile gives the arcs. */
  @Override
  public List<Token> analyze(String text, Span sentence, Predicate<List<Token>> needsParse) {
    String sub = sentence.of(text);
    Annotation ann = new Annotation(sub);
    try {
      tokenizer.forEach(a -> a.annotate(ann));
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
    afterTagging.forEach(a -> a.annotate(ann));
    if (parser != null) {
      if (!needsParse.test(tokens(sentence, split))) {
        return shallow(tokens(sentence, split)); // the rule-based parse instead
      }
      for (CoreMap s : split) {
        GrammaticalStructure gs = parser.predict(s);
        s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
            SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
      }
    }
    return tokens(sentence, split);
  }

  private static final dev.readout.backend.opennlp.ShallowParser SHALLOW = new dev.readout.backend.opennlp.ShallowParser();

  /** The tokens with the arcs of the rule-based shallow parse, for a sentence the parser is not run on. */
  private static List<Token> shallow(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return tokens;
    }
    dev.readout.backend.opennlp.ShallowParser.Parse p = SHALLOW.parse(tokens.stream().map(Token::text).toList(), tokens.stream().map(Token::pos).toList());
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      int i = t.index();
      out.add(new Token(i, t.begin(), t.end(), t.text(), t.lemma(), t.pos(), t.ner(), p.heads()[i], p.relations()[i]));
    }
    return out;
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
