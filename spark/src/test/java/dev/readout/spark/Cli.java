package dev.readout.spark;

import dev.readout.corpus.BatchFiles;
import dev.readout.corpus.BatchProcessor;
import dev.readout.corpus.InputDocument;
import dev.readout.corpus.InputProblem;
import dev.readout.corpus.PipelineSpec;
import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code readout extract PATH... -o OUT --threads 2} writes, made with the same classes, for comparison. */
final class Cli {
  private Cli() {}

  record Run(List<AnalyzedDocument> documents, List<InputProblem> problems, List<String> lines, List<String> errorLines) {}

  static Run extract(List<String> paths, Path out, PipelineSpec spec) throws IOException {
    Path errors = out.resolveSibling(out.getFileName() + ".errors.jsonl");
    DocumentJson json = new DocumentJson();
    List<AnalyzedDocument> docs = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    try (BatchFiles files = BatchFiles.toFiles(out, errors, null, false, d -> json.write(d) + "\n")) {
      new BatchProcessor(Pipelines.of(spec), BatchProcessor.Options.defaults().withThreads(2))
          .run(paths, InputStream.nullInputStream(), new BatchProcessor.Listener() {
            @Override
            public void document(InputDocument input, AnalyzedDocument result) {
              docs.add(result);
              files.document(input, result);
            }

            @Override
            public void problem(InputProblem problem) {
              problems.add(problem);
              files.problem(problem);
            }
          });
      files.commit();
    }
    return new Run(docs, problems, Files.readAllLines(out), Files.readAllLines(errors));
  }
}
