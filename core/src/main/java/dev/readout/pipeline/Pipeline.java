package dev.readout.pipeline;

import dev.readout.actors.ActorResolver;
import dev.readout.actors.RuleActorResolver;
import dev.readout.attribution.RuleSpeakerAttributor;
import dev.readout.attribution.SpeakerAttributor;
import dev.readout.backend.opennlp.OpenNlpTokenAnalyzer;
import dev.readout.entities.EntityRecognizer;
import dev.readout.entities.GazetteerEntityRecognizer;
import dev.readout.entities.MergingEntityRecognizer;
import dev.readout.entities.TaggedEntityRecognizer;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Statement;
import dev.readout.model.Warning;
import dev.readout.sentences.RuleSentenceSplitter;
import dev.readout.sentences.Segment;
import dev.readout.sentences.SentenceCutter;
import dev.readout.sentences.SentenceSplitter;
import dev.readout.sentences.TokenAnalyzer;
import dev.readout.stance.LexiconStanceClassifier;
import dev.readout.stance.StanceClassifier;
import dev.readout.stance.StanceDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads press releases into typed statements: sentences, entities, actors, statements (speaker
 * attribution), stance. Build once with {@link #builder()} (the models load then) and share: a
 * pipeline is immutable and thread-safe, and {@link #analyze} may be called from any number of threads.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().build();
 * AnalyzedDocument doc = pipeline.analyze("release-1", text);
 * for (Statement s : doc.statements()) { ... }
 * }</pre>
 */
public final class Pipeline {
  /** The default token limit of a sentence (see README, "Long sentences", for how it was chosen). */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 500;

  /** {@link #models()}'s {@code parse} when only the sentences worth it are parsed ({@link Builder#parseOnlyWhereNeeded}). */
  public static final String PARSE_WHERE_NEEDED = "where-needed";

  private final Parts parts;
  private final List<NamedStage> stages;
  private final Map<String, String> models;

  private record NamedStage(String name, Stage stage) {}

  /** The loaded stages a pipeline runs, kept so that an ablated pipeline shares them. */
  private record Parts(Lexicon lexicon, SentenceSplitter split, SentenceCutter cutter, TokenAnalyzer tok, EntityRecognizer ner,
      ActorResolver actors, SpeakerAttributor attributor, StanceClassifier stance) {}

  private Pipeline(Parts parts, Map<String, String> models) {
    this.parts = parts;
    List<NamedStage> list = new ArrayList<>();
    java.util.function.Predicate<List<dev.readout.model.Token>> worthParsing = tokens -> SentenceStage.worthParsing(tokens, parts.lexicon());
    boolean parseEvery = !PARSE_WHERE_NEEDED.equals(models.get("parse"));
    list.add(new NamedStage("sentences", doc -> SentenceStage.sentences(doc, parts.split(), parts.cutter(), parts.tok(), worthParsing, parseEvery)));
    list.add(new NamedStage("entities", doc -> doc.withEntities(parts.ner().recognize(doc.text(), doc.sentences()))));
    list.add(new NamedStage("actors", parts.actors()::resolve));
    list.add(new NamedStage("statements", parts.attributor()::attribute));
    list.add(new NamedStage("stance", doc -> doc.withStatements(Builder.classify(doc, parts.stance()))));
    this.stages = List.copyOf(list);
    Map<String, String> m = new java.util.TreeMap<>(models);
    if (parts.actors() instanceof RuleActorResolver rules) {
      m.put("actors.sieves", rules.order());
    }
    if (parts.attributor() instanceof RuleSpeakerAttributor rules) {
      m.put("attribution.rules", rules.order());
    }
    this.models = java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The same pipeline (every loaded model shared) without the actor sieve or speaker rule of this name ("he-she",
   * "passive-agent"): what the rule contributes is the difference in the figures. {@link #models()} records it as
   * {@code ablated}.
   *
   * @throws IllegalArgumentException when no sieve or rule of the pipeline has that name
   */
  public Pipeline ablating(String name) {
    Parts p = parts;
    if (p.actors() instanceof RuleActorResolver r && List.of(r.order().split(",")).contains(name)) {
      p = new Parts(p.lexicon(), p.split(), p.cutter(), p.tok(), p.ner(), r.without(name), p.attributor(), p.stance());
    } else if (p.attributor() instanceof RuleSpeakerAttributor r && List.of(r.order().split(",")).contains(name)) {
      p = new Parts(p.lexicon(), p.split(), p.cutter(), p.tok(), p.ner(), p.actors(), r.without(name), p.stance());
    } else {
      throw new IllegalArgumentException("no actor sieve or speaker rule '" + name + "'; known: " + ablatable());
    }
    Map<String, String> m = new java.util.TreeMap<>(models);
    m.merge("ablated", name, (a, b) -> a + "," + b);
    return new Pipeline(p, m);
  }

  /** The names {@link #ablating} takes: the actor sieves, then the speaker rules, in the order they run. */
  public List<String> ablatable() {
    List<String> out = new ArrayList<>();
    for (String key : List.of("actors.sieves", "attribution.rules")) {
      String v = models.get(key);
      if (v != null && !v.isEmpty()) {
        out.addAll(List.of(v.split(",")));
      }
    }
    return out;
  }

  /** What this pipeline runs on: lexicon and gazetteer ids, library versions, the stage classes. */
  public Map<String, String> models() {
    return models;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The names of the stages, in the order they run. */
  public List<String> stageNames() {
    return stages.stream().map(NamedStage::name).toList();
  }

  public AnalyzedDocument analyze(String id, String text) {
    return analyze(id, text, Map.of());
  }

  /**
   * Analyses one document.
   *
   * @param meta fields carried through to the output unchanged (date, title, url ...)
   * @throws DocumentException when a stage fails on this document; the message names the document and stage;
   *     also when the thread is interrupted (checked between stages and between sentences)
   */
  public AnalyzedDocument analyze(String id, String text, Map<String, Object> meta) {
    return analyze(id, text, meta, null);
  }

  /** Analyses one document as {@link #analyze(String, String, Map)} does, adding each stage's time to {@code times}. */
  public AnalyzedDocument analyze(String id, String text, Map<String, Object> meta, StageTimes times) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    AnalyzedDocument doc = AnalyzedDocument.of(id, text, meta);
    for (NamedStage s : stages) {
      try {
        checkInterrupt();
        long t0 = times == null ? 0 : System.nanoTime();
        doc = s.stage().apply(doc);
        if (times != null) {
          times.add(s.name(), System.nanoTime() - t0);
        }
      } catch (RuntimeException e) {
        throw new DocumentException(id, "stage '" + s.name() + "' failed: " + e, e);
      }
    }
    if (times != null) {
      times.document(doc.statements().size());
    }
    return doc;
  }

  /** Gives up on a document whose thread was interrupted (a batch abandons a document that takes too long). */
  private static void checkInterrupt() {
    if (Thread.currentThread().isInterrupted()) {
      throw new IllegalStateException("interrupted");
    }
  }

  /** Sets up a pipeline; every part has a default, so {@code builder().build()} is the accurate profile. */
  public static final class Builder {
    private Lexicon lexicon;
    private SentenceSplitter splitter;
    private TokenAnalyzer analyzer;
    private EntityRecognizer entities;
    private ActorResolver actors;
    private List<dev.readout.actors.ActorSieve> actorSieves = RuleActorResolver.DEFAULT_SIEVES;
    private SpeakerAttributor attributor;
    private StanceClassifier stance;
    private Profile profile = Profile.ACCURATE;
    private dev.readout.stance.StanceModel stanceModel;
    private boolean lexiconStance;
    private boolean memoizeTokens;
    private boolean encoderStance;
    private dev.readout.stance.SentenceEncoder encoder;
    private int maxSentenceTokens = DEFAULT_MAX_SENTENCE_TOKENS;
    private boolean parseWhereNeeded;

    private Builder() {}

    /**
     * A sentence over this many tokens is analysed as pieces cut at clause boundaries, and the document
     * records a warning ({@link SentenceCutter}); default {@value Pipeline#DEFAULT_MAX_SENTENCE_TOKENS}.
     */
    public Builder maxSentenceTokens(int value) {
      new SentenceCutter(value); // checks it
      this.maxSentenceTokens = value;
      return this;
    }

    /**
     * Runs the accurate profile's parser only on the sentences that can hold a statement or name who takes part (a
     * cue, a quotation, a meeting, "we"), giving the others the fast profile's rule-based parse: about an eighth less
     * CPU on real readouts. Not the default: the other sentences' parse also feeds the discourse ("it", "we"), and on
     * one real release in 384 a speaker changed (see README, "Speed").
     */
    public Builder parseOnlyWhereNeeded() {
      this.parseWhereNeeded = true;
      return this;
    }

    /** Classifies stance with this trained model (a file written by {@code readout train stance}). */
    public Builder stanceModel(java.nio.file.Path file) {
      this.stanceModel = dev.readout.stance.StanceModel.load(file);
      return this;
    }

    public Builder stanceModel(dev.readout.stance.StanceModel model) {
      this.stanceModel = java.util.Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * Remembers each sentence's tokens, by its text and place, for a run that analyses the same texts again and again
     * (an evaluation with ablations): the parse is then done once. Memory grows with the texts analysed.
     */
    public Builder memoizeTokens() {
      this.memoizeTokens = true;
      return this;
    }

    /**
     * The sentence encoder of a stance model that needs one (default: all-MiniLM-L6-v2 on ONNX Runtime, loaded only
     * when the model needs it).
     */
    public Builder sentenceEncoder(dev.readout.stance.SentenceEncoder value) {
      this.encoder = java.util.Objects.requireNonNull(value, "encoder");
      return this;
    }

    /**
     * Classifies stance with the shipped encoder model ({@code stance/en/encoder}: the maxent model over the decisions
     * of a softmax regression on all-MiniLM-L6-v2's vectors) instead of the default maxent model. Needs ONNX Runtime
     * and the MiniLM model's jar on the classpath (see README, "Stance with a sentence encoder").
     */
    public Builder encoderStance() {
      this.encoderStance = true;
      return this;
    }

    /** Classifies stance with the lexicons only, even when a trained model ships: the baseline. */
    public Builder lexiconStance() {
      this.lexiconStance = true;
      return this;
    }

    /** ACCURATE (default, CoreNLP) or FAST (OpenNLP and a shallow parse; CoreNLP need not be on the classpath). */
    public Builder profile(Profile value) {
      this.profile = java.util.Objects.requireNonNull(value, "profile");
      return this;
    }

    public Builder lexicon(Lexicon value) {
      this.lexicon = value;
      return this;
    }

    public Builder sentenceSplitter(SentenceSplitter value) {
      this.splitter = value;
      return this;
    }

    public Builder tokenAnalyzer(TokenAnalyzer value) {
      this.analyzer = value;
      return this;
    }

    public Builder entityRecognizer(EntityRecognizer value) {
      this.entities = value;
      return this;
    }

    public Builder actorResolver(ActorResolver value) {
      this.actors = value;
      return this;
    }

    /**
     * Resolves actors with these sieves in this order ({@link RuleActorResolver#DEFAULT_SIEVES} by default; a
     * built pipeline's {@link Pipeline#ablating} leaves one out). Recorded in {@link Pipeline#models()}.
     */
    public Builder actorSieves(List<dev.readout.actors.ActorSieve> value) {
      this.actorSieves = List.copyOf(value);
      return this;
    }

    public Builder speakerAttributor(SpeakerAttributor value) {
      this.attributor = value;
      return this;
    }

    public Builder stanceClassifier(StanceClassifier value) {
      this.stance = value;
      return this;
    }

    /** Loads what was not given (lexicons, CoreNLP's models) and returns the ready pipeline. */
    public Pipeline build() {
      Lexicon lex = lexicon != null ? lexicon : Lexicon.loadDefault();
      SentenceSplitter split = splitter != null ? splitter : new RuleSentenceSplitter(lex);
      TokenAnalyzer tok = analyzer != null ? analyzer : profile == Profile.FAST ? new OpenNlpTokenAnalyzer(lex) : coreNlp();
      EntityRecognizer statistical = new TaggedEntityRecognizer(lex.gazetteer());
      if (profile == Profile.FAST) {
        var names = dev.readout.entities.NameFinderEntityRecognizer.loadDefault();
        if (names.isPresent()) {
          statistical = new dev.readout.entities.NameFinderEntityRecognizer(names.get());
        }
      }
      EntityRecognizer ner =
          entities != null
              ? entities
              : new MergingEntityRecognizer(statistical, new GazetteerEntityRecognizer(lex.gazetteer()), lex.gazetteer());
      ActorResolver act = actors != null ? actors : new RuleActorResolver(lex, actorSieves);
      SpeakerAttributor attr = attributor != null ? attributor : new RuleSpeakerAttributor(lex);
      java.util.Optional<dev.readout.stance.StanceModel> trained =
          stance != null || lexiconStance ? java.util.Optional.empty()
              : stanceModel != null ? java.util.Optional.of(stanceModel)
              : encoderStance ? java.util.Optional.of(dev.readout.stance.StanceModel.loadResource(dev.readout.stance.StanceModel.ENCODER_RESOURCE)
                  .orElseThrow(() -> new dev.readout.lexicon.ModelLoadException(
                      dev.readout.stance.StanceModel.ENCODER_RESOURCE + "manifest.json: no encoder stance model in readout-models")))
              : dev.readout.stance.StanceModel.loadDefault();
      dev.readout.stance.SentenceEncoder enc = null;
      if (trained.isPresent() && trained.get().needsEncoder()) {
        enc = encoder != null ? encoder : dev.readout.stance.SentenceEncoder.loadDefault();
      }
      dev.readout.stance.SentenceEncoder usedEncoder = enc;
      StanceClassifier st = stance != null ? stance
          : trained.<StanceClassifier>map(m -> m.needsEncoder()
                  ? new dev.readout.stance.EncoderStanceClassifier(m, lex, usedEncoder)
                  : new dev.readout.stance.TrainedStanceClassifier(m, lex))
              .orElseGet(() -> new LexiconStanceClassifier(lex));
      Map<String, String> models = new java.util.TreeMap<>(lex.modelIds());
      dev.readout.lexicon.Resources.versions().forEach((k, v) -> models.put("version." + k, v));
      models.put("stage.tokens", tok.getClass().getSimpleName());
      models.put("profile", profile.name());
      models.put("max_sentence_tokens", Integer.toString(maxSentenceTokens));
      if (parseWhereNeeded) {
        models.put("parse", PARSE_WHERE_NEEDED);
      }
      models.put("stage.entities", statistical.getClass().getSimpleName());
      models.put("stage.stance", st.getClass().getSimpleName());
      trained.ifPresent(m -> models.put("stance",
          m.manifest().path("id").asText("?") + "@sha256:" + m.manifest().path("training_data_sha256").asText("?").substring(0, 12)));
      if (enc != null) {
        models.put("stance.encoder", enc.id());
      }
      TokenAnalyzer analyzer = memoizeTokens ? new MemoTokenAnalyzer(tok) : tok;
      return new Pipeline(new Parts(lex, split, new SentenceCutter(maxSentenceTokens), analyzer, ner, act, attr, st), models);
    }

    /** CoreNLP by name, so that a FAST pipeline never loads a CoreNLP class. */
    private static TokenAnalyzer coreNlp() {
      try {
        return (TokenAnalyzer) Class.forName("dev.readout.backend.corenlp.CoreNlpTokenAnalyzer").getConstructor().newInstance();
      } catch (NoClassDefFoundError | ClassNotFoundException e) {
        throw new dev.readout.lexicon.ModelLoadException(
            "the accurate profile needs Stanford CoreNLP (edu.stanford.nlp:stanford-corenlp and its models jar) on the classpath; "
                + "use Profile.FAST without it", e);
      } catch (ReflectiveOperationException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof NoClassDefFoundError) {
          throw new dev.readout.lexicon.ModelLoadException(
              "the accurate profile needs Stanford CoreNLP (edu.stanford.nlp:stanford-corenlp and its models jar) on the classpath; "
                  + "use Profile.FAST without it", cause);
        }
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        throw new dev.readout.lexicon.ModelLoadException("CoreNLP could not be started: " + cause, cause);
      }
    }

    static List<Statement> classify(AnalyzedDocument doc, StanceClassifier st) {
      List<Statement> out = new ArrayList<>();
      for (Statement s : doc.statements()) {
        StanceDecision d = st.classify(s, doc);
        out.add(s.withStance(d.stance(), d.confidence(), d.target()));
      }
      return out;
    }
  }
}
