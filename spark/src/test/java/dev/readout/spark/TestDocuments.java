package dev.readout.spark;

import dev.readout.corpus.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Documents for the tests: the bundled samples and releases generated here from sentences of our own. */
final class TestDocuments {
  private static final String[][] MINISTERS = {
      {"Ana Lima", "Brazil"}, {"Jon Dahl", "Norway"}, {"Mei Tanaka", "Japan"}, {"Pedro Alves", "Portugal"},
      {"Sara Nowak", "Poland"}, {"Omar Haddad", "Jordan"}, {"Lena Berg", "Sweden"}, {"Ravi Menon", "India"}};
  private static final String[] TOPICS = {
      "the fisheries agreement", "the ceasefire in the region", "closer trade ties", "the climate partnership",
      "the new scholarship programme", "cooperation on cyber security"};

  private TestDocuments() {}

  /** A generated release: two ministers meet; one welcomes, one says, both condemn or discuss. */
  static String release(int i) {
    String[] a = MINISTERS[i % MINISTERS.length];
    String[] b = MINISTERS[(i + 3) % MINISTERS.length];
    String topic = TOPICS[i % TOPICS.length];
    String other = TOPICS[(i + 2) % TOPICS.length];
    String lastName = a[0].substring(a[0].indexOf(' ') + 1);
    return "Foreign Minister " + a[0] + " of " + a[1] + " held talks with Foreign Minister " + b[0] + " of " + b[1]
        + " on " + (1 + i % 27) + " March.\n\n"
        + "Minister " + lastName + " welcomed " + topic + " and thanked " + b[1] + " for its support.\n\n"
        + "Minister " + b[0].substring(b[0].indexOf(' ') + 1) + " said that " + b[1] + " strongly supports " + other + ".\n\n"
        + (i % 2 == 0
            ? "The two ministers condemned the attack on the aid convoy and called for an end to the violence.\n"
            : "The two ministers discussed regional issues and agreed to meet again next year.\n");
  }

  /** The samples as .txt files and {@code generated} releases as {@code gen-NN.txt} in {@code dir}; their ids. */
  static List<String> write(Path dir, int generated) throws IOException {
    Files.createDirectories(dir);
    List<String> ids = new ArrayList<>();
    for (String id : Samples.IDS) {
      Files.writeString(dir.resolve(id + ".txt"), Samples.text(id), StandardCharsets.UTF_8);
      ids.add(id);
    }
    for (int i = 0; i < generated; i++) {
      String id = String.format("gen-%02d", i);
      Files.writeString(dir.resolve(id + ".txt"), release(i), StandardCharsets.UTF_8);
      ids.add(id);
    }
    return ids;
  }
}
