package dev.readout.cli;

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

  Pipeline build() {
    return build(false);
  }

  /** The chosen profile; a name that is neither is refused. */
  Profile profile() {
    return switch (profile.toLowerCase(java.util.Locale.ROOT)) {
      case "accurate" -> Profile.ACCURATE;
      case "fast" -> Profile.FAST;
      default -> throw new IllegalArgumentException("--profile: '" + profile + "' is neither accurate nor fast");
    };
  }

  /** The pipeline; with {@code memoizeTokens} one that parses each text once however often it is analysed (ablations). */
  Pipeline build(boolean memoizeTokens) {
    if (maxSentenceTokens < 20) {
      throw new IllegalArgumentException("--max-sentence-tokens must be at least 20, not " + maxSentenceTokens);
    }
    Pipeline.Builder b = Pipeline.builder().maxSentenceTokens(maxSentenceTokens).profile(profile());
    if (memoizeTokens) {
      b.memoizeTokens();
    }
    if (stance == StanceChoice.lexicon) {
      b.lexiconStance();
    } else if (stance == StanceChoice.encoder && stanceModel == null) {
      b.encoderStance();
    } else if (stanceModel != null) {
      b.stanceModel(stanceModel);
    }
    return b.build();
  }
}
