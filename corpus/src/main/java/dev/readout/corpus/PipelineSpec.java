package dev.readout.corpus;

import dev.readout.pipeline.Pipeline;
import dev.readout.pipeline.Profile;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Which pipeline to build, as plain serialisable values, so that a process that did not parse the command line
 * (a Spark executor) builds the same pipeline as the one that did. The command line's pipeline options and the
 * Spark job both build through here.
 *
 * @param profile "accurate" or "fast"
 * @param stance "model" (the trained maxent model), "lexicon" or "encoder"
 * @param stanceModel a stance model file from {@code readout train stance}, or null for the shipped one
 * @param maxSentenceTokens a longer sentence is analysed in pieces; at least 20
 * @param parseWhereNeeded the accurate profile's parser only on the sentences worth it
 *     ({@link Pipeline.Builder#parseOnlyWhereNeeded})
 */
public record PipelineSpec(String profile, String stance, String stanceModel, int maxSentenceTokens, boolean parseWhereNeeded)
    implements Serializable {
  public PipelineSpec {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(stance, "stance");
    profileOf(profile);
    if (!stance.equals("model") && !stance.equals("lexicon") && !stance.equals("encoder")) {
      throw new IllegalArgumentException("--stance: '" + stance + "' is none of model, lexicon, encoder");
    }
    if (maxSentenceTokens < 20) {
      throw new IllegalArgumentException("--max-sentence-tokens must be at least 20, not " + maxSentenceTokens);
    }
  }

  /** Every sentence parsed. */
  public PipelineSpec(String profile, String stance, String stanceModel, int maxSentenceTokens) {
    this(profile, stance, stanceModel, maxSentenceTokens, false);
  }

  /** A {@code --parse} choice: true for "where-needed", false for "every"; anything else is refused. */
  public static boolean parseWhereNeeded(String choice) {
    return switch (choice) {
      case "every" -> false;
      case "where-needed" -> true;
      default -> throw new IllegalArgumentException("--parse: '" + choice + "' is neither every nor where-needed");
    };
  }

  /** The default pipeline of a profile: the shipped stance model, the default sentence limit. */
  public static PipelineSpec of(String profile) {
    return new PipelineSpec(profile, "model", null, Pipeline.DEFAULT_MAX_SENTENCE_TOKENS);
  }

  public Pipeline build() {
    return build(false);
  }

  /** The pipeline; with {@code memoizeTokens} one that parses each text once however often it is analysed (ablations). */
  public Pipeline build(boolean memoizeTokens) {
    Pipeline.Builder b = Pipeline.builder().maxSentenceTokens(maxSentenceTokens).profile(profileOf(profile));
    if (memoizeTokens) {
      b.memoizeTokens();
    }
    if (parseWhereNeeded) {
      b.parseOnlyWhereNeeded();
    }
    if (stance.equals("lexicon")) {
      b.lexiconStance();
    } else if (stance.equals("encoder") && stanceModel == null) {
      b.encoderStance();
    } else if (stanceModel != null) {
      b.stanceModel(Path.of(stanceModel));
    }
    return b.build();
  }

  /** The profile of that name; a name that is neither is refused. */
  public static Profile profileOf(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "accurate" -> Profile.ACCURATE;
      case "fast" -> Profile.FAST;
      default -> throw new IllegalArgumentException("--profile: '" + name + "' is neither accurate nor fast");
    };
  }
}
