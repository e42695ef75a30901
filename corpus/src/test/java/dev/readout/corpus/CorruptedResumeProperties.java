package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.json.DocumentJson;
import dev.readout.pipeline.Pipeline;
import dev.readout.pipeline.Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * An output file truncated at any byte, with garbage after the cut, a range in the middle overwritten, or a
 * line written twice (a second writer), continued with {@code --resume}'s machinery: each document ends
 * exactly once, in input order, byte for byte what a clean run writes.
 */
class CorruptedResumeProperties {
  private static final DocumentJson JSON = new DocumentJson();
  private static final Pipeline FAST = Pipeline.builder().profile(Profile.FAST).build();
  private static final String[] WHO = {"Foreign Minister Ana Lima", "President Mia Roth", "Secretary Ole Berg"};
  private static final String[] WHAT = {"welcomed the agreement", "condemned the attack", "called for restraint"};
  private static final byte[] GARBAGE = {0, '{', '"', '\n', (byte) 0xFF, '}', 'x', ':', (byte) 0xC3};
  private static final int DOCS = 8;

  private static String input() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < DOCS; i++) {
      String text = WHO[i % 3] + " " + WHAT[(i * 2) % 3] + " on day " + i + ". " + WHO[(i + 1) % 3] + " said talks would go on.";
      b.append(JSON.mapper().createObjectNode().put("id", "d" + i).put("text", text)).append('\n');
    }
    return b.toString();
  }

  private static final String INPUT = input();
  private static final byte[] CLEAN = run(null);

  /** The batch over the input into a fresh folder (after {@code part} was left there by an interrupted run), as bytes. */
  private static byte[] run(byte[] part) {
    try {
      Path dir = Files.createTempDirectory("resume");
      Path in = dir.resolve("in.jsonl");
      Files.writeString(in, INPUT);
      Path out = dir.resolve("out.jsonl");
      if (part != null) {
        Files.write(dir.resolve("out.jsonl.part"), part);
      }
      try (OutputLock lock = OutputLock.acquire(out)) {
        BatchFiles files = BatchFiles.toFiles(out, dir.resolve("out.errors.jsonl"), null, part != null, d -> JSON.write(d) + "\n");
        new BatchProcessor(FAST, BatchProcessor.Options.defaults().withThreads(2).skipping(files.doneIds(), files.doneSources()))
            .run(List.of(in.toString()), new ByteArrayInputStream(new byte[0]), files);
        files.commit();
      }
      byte[] bytes = Files.readAllBytes(out);
      try (var all = Files.walk(dir)) {
        for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
      return bytes;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    return Arbitraries.integers().between(0, GARBAGE.length - 1).map(i -> GARBAGE[i]).list().ofMaxSize(30).map(l -> {
      byte[] b = new byte[l.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = l.get(i);
      }
      return b;
    });
  }

  @Property(tries = 60)
  void eachDocumentExactlyOnceInInputOrder(@ForAll @IntRange(min = 0, max = 1_000_000) int cutAt, @ForAll @IntRange(min = 0, max = 3) int how,
      @ForAll("garbage") byte[] garbage, @ForAll @IntRange(min = 0, max = 1_000_000) int where) {
    int cut = cutAt % (CLEAN.length + 1);
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    switch (how) {
      case 0 -> part.write(CLEAN, 0, cut); // killed mid-write
      case 1 -> { // garbage after the cut (a power loss)
        part.write(CLEAN, 0, cut);
        part.writeBytes(garbage);
      }
      case 2 -> { // a range in the middle overwritten, with a NUL among it (garbage that keeps JSON valid, "said" made "sa::d",
        // is a different document that no check of a line can tell from the right one)
        byte[] copy = CLEAN.clone();
        int at = where % copy.length;
        byte[] bad = java.util.Arrays.copyOf(garbage, garbage.length + 1);
        for (int i = 0; i < bad.length && at + i < copy.length; i++) {
          copy[at + i] = bad[i];
        }
        part.write(copy, 0, cut);
      }
      default -> { // a second writer appended what it had too
        part.write(CLEAN, 0, cut);
        part.write(CLEAN, 0, where % (CLEAN.length + 1));
      }
    }
    byte[] resumed = run(part.toByteArray());
    List<String> ids = new ArrayList<>();
    for (String line : new String(resumed, StandardCharsets.UTF_8).split("\n")) {
      ids.add(JSON.read(line).id());
    }
    assertEquals(List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"), ids);
    assertEquals(new String(CLEAN, StandardCharsets.UTF_8), new String(resumed, StandardCharsets.UTF_8), "what a clean run writes");
  }
}
