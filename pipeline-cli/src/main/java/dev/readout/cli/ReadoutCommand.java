package dev.readout.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code readout} command. */
@Command(
    name = "readout",
    mixinStandardHelpOptions = true,
    version = "readout 0.1.0",
    description = "Typed statements (speaker, cue, content, target, stance) from diplomatic press releases.",
    subcommands = {ExtractCommand.class, ServeCommand.class, RenderCommand.class, AggregateCommand.class, EvalCommand.class, CorpusCommand.class, TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class ReadoutCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** One line for a person: what went wrong and where. */
  static String describe(Exception ex) {
    if (ex instanceof java.nio.file.NoSuchFileException e) {
      return e.getFile() + ": no such file or directory";
    }
    if (ex instanceof java.nio.file.AccessDeniedException e) {
      return e.getFile() + ": permission denied";
    }
    if (ex instanceof java.nio.file.FileSystemException e) {
      return e.getFile() + ": " + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
    }
    return ex.getMessage() != null ? ex.getMessage().lines().findFirst().orElse(ex.toString()) : ex.toString();
  }

  /** The path, after creating its parent directory. */
  static java.nio.file.Path creatingParent(java.nio.file.Path file) throws java.io.IOException {
    java.nio.file.Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      java.nio.file.Files.createDirectories(dir);
    }
    return file;
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The command line with our error handling: a user error is one line, a stack trace only with --verbose. */
  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new ReadoutCommand());
    cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          boolean verbose = parseResult.originalArgs().contains("--verbose");
          cmd.getErr().println("readout: " + describe(ex));
          if (verbose) {
            ex.printStackTrace(cmd.getErr());
          }
          return 2;
        });
    return cl;
  }
}
