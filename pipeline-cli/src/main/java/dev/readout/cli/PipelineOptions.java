package dev.readout.cli;

import dev.readout.corpus.PipelineSpec;
import dev.readout.pipeline.Pipeline;
import dev.readout.pipeline.Profile;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose a pipeline, shared by the commands that run one. */
final class PipelineOptions {
  enum StanceChoice {
    model,
    lexicon,
    encoder
  }

  @Option(names = "--profile", defaultValue = "accurate", description = "accurate (CoreNLP, default) or fast (OpenNLP, no CoreNLP).")
  String profile;

  @Option(names = "--stance-model", paramLabel = "FILE", description = "A stance model from 'readout train stance' instead of the shipped one.")
  Path stanceModel;

  @Option(names = "--stance", defaultValue = "model",
      description = "model (the trained maxent model, default), encoder (the maxent model over a sentence encoder's decisions: "
          + "all-MiniLM-L6-v2, about 4 ms more per statement) or lexicon (the lexicon baseline).")
  StanceChoice stance;

  @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + Pipeline.DEFAULT_MAX_SENTENCE_TOKENS,
      description = "A longer sentence is analysed as pieces cut at clause boundaries, with a warning on its document (default ${DEFAULT-VALUE}).")
  int maxSentenceTokens;

  @Option(names = "--parse", paramLabel = "every|where-needed", defaultValue = "every",
      description = "every (default): CoreNLP's parser on every sentence; where-needed: only on sentences with a cue, a quotation, "
          + "a meeting or 'we', the rule-based parse on the others (about an eighth less CPU; accurate profile only).")
  String parse;

  Pipeline build() {
    return build(false);
  }

  /** The chosen profile; a name that is neither is refused. */
  Profile profile() {
    return PipelineSpec.profileOf(profile);
  }

  /** The pipeline; with {@code memoizeTokens} one that parses each text once however often it is analysed (ablations). */
  Pipeline build(boolean memoizeTokens) {
    return spec().build(memoizeTokens);
  }

  /** These options as plain values, for a process that builds the pipeline itself. */
  PipelineSpec spec() {
    return new PipelineSpec(profile, stance.name(), stanceModel == null ? null : stanceModel.toString(), maxSentenceTokens,
        PipelineSpec.parseWhereNeeded(parse));
  }
}
