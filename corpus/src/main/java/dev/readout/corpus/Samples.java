package dev.readout.corpus;

import dev.readout.eval.AnchoredGold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample documents bundled in this module, with their anchored gold statements. */
public final class Samples {
  public static final String DIR = "dev/readout/corpus/samples/";
  /** The bundled samples, by id. */
  public static final List<String> IDS =
      List.of(
          "jp-mofa-foreign-ministers-meeting",
          "us-state-secretary-call",
          "uk-pm-call",
          "cn-mfa-wang-yi-talks",
          "nato-sg-condemns-launch",
          "in-joint-press-conference",
          "eu-hr-statement");

  private Samples() {}

  /** A sample's text. */
  public static String text(String id) {
    try (InputStream in = open(DIR + id + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(id + ".txt: " + e.getMessage(), e);
    }
  }

  /** A sample's gold statements. */
  public static AnchoredGold gold(String id) {
    try (InputStream in = open(DIR + id + ".gold.json")) {
      return AnchoredGold.read(id + ".gold.json", in, text(id));
    } catch (IOException e) {
      throw new UncheckedIOException(id + ".gold.json: " + e.getMessage(), e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = Samples.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new CorpusFormatException(resource + ": not on the classpath");
    }
    return in;
  }
}
