package dev.readout.cli;

import dev.readout.json.DocumentJson;
import dev.readout.model.AnalyzedDocument;
import dev.readout.view.PageSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout render}: the document view of readout/1 documents as self-contained pages. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the document view of readout/1 documents: DIR/<id>.html for each and DIR/index.html linking them.",
      "FILE: the JSON Lines output of 'readout extract' (.jsonl, a document a line) or one document (.json)."
    })
final class RenderCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "readout/1 JSON Lines (.jsonl) or one document (.json).")
  List<Path> files;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "The directory to write the pages in.")
  Path dir;

  @Option(names = "--title", defaultValue = "Readout documents", description = "The heading of index.html (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(names = "--verbose", description = "Stack traces for errors that stop the command.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    DocumentJson json = new DocumentJson();
    PageSet pages = new PageSet(dir);
    int failed = 0;
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
          String line;
          for (int n = 1; (line = in.readLine()) != null; n++) {
            if (!line.isBlank() && !render(json, pages, line, file + ":" + n, err)) {
              failed++;
            }
          }
        } else if (!render(json, pages, in.lines().collect(java.util.stream.Collectors.joining("\n")), file.toString(), err)) {
          failed++;
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        Exception cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        String reason = cause instanceof java.nio.charset.CharacterCodingException ? file + ": not UTF-8 text" : ReadoutCommand.describe(cause);
        err.println("readout: " + reason);
        failed++;
      }
    }
    Path index = pages.finish(title);
    err.println("readout: " + pages.size() + " document page" + (pages.size() == 1 ? "" : "s") + " and " + index
        + (failed > 0 ? "; " + failed + " input" + (failed == 1 ? "" : "s") + " failed" : ""));
    return failed > 0 ? 1 : 0;
  }

  /** Renders one document; false, with one line on stderr naming where, when it is not a readout/1 document. */
  private static boolean render(DocumentJson json, PageSet pages, String text, String where, java.io.PrintWriter err) {
    AnalyzedDocument doc;
    try {
      doc = json.read(text);
    } catch (RuntimeException e) {
      err.println("readout: " + where + ": " + ReadoutCommand.describe(e));
      return false;
    }
    pages.add(doc);
    return true;
  }
}
