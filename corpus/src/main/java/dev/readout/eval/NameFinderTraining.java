package dev.readout.eval;

import dev.readout.backend.opennlp.OpenNlpTokenAnalyzer;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the fast profile's OpenNLP name finder on gold PERSON and ORGANIZATION entities, over the
 * fast profile's own tokens. Deterministic for the same documents and parameters.
 */
public final class NameFinderTraining {
  private final OpenNlpTokenAnalyzer tokens;

  public NameFinderTraining(Lexicon lexicon) {
    this.tokens = new OpenNlpTokenAnalyzer(lexicon);
  }

  /** One sample per gold sentence; names that do not fall on token boundaries are left out. */
  public List<NameSample> samples(List<AnalyzedDocument> gold) {
    List<NameSample> out = new ArrayList<>();
    for (AnalyzedDocument d : gold) {
      boolean first = true;
      for (Sentence s : d.sentences()) {
        List<Token> toks = tokens.analyze(d.text(), s.span());
        if (toks.isEmpty()) {
          continue;
        }
        List<Span> names = new ArrayList<>();
        for (EntityMention e : d.entities()) {
          if ((e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) || !s.span().contains(e.span())) {
            continue;
          }
          int b = -1;
          int end = -1;
          for (Token t : toks) {
            if (t.begin() == e.begin()) {
              b = t.index();
            }
            if (t.end() == e.end()) {
              end = t.index() + 1;
            }
          }
          if (b >= 0 && end > b) {
            names.add(new Span(b, end, e.type().name()));
          }
        }
        String[] words = toks.stream().map(Token::text).toArray(String[]::new);
        out.add(new NameSample(words, names.toArray(Span[]::new), first));
        first = false;
      }
    }
    return out;
  }

  public TokenNameFinderModel train(List<NameSample> samples, int iterations, int cutoff) {
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, 1); // greedy decoding: a third of the cost, the same names here
    try {
      return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), p, new TokenNameFinderFactory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
