package dev.readout.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The git commit of the working directory, for reports. */
final class Git {
  private Git() {}

  static String commit() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("[0-9a-f]{7,40}")) {
        String dirty = new String(new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start()
            .getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank() ? "" : "-dirty";
        return out + dirty;
      }
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "unknown";
  }
}
