package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readout.json.DocumentJson;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.AnalyzedDocument;
import dev.readout.pipeline.Pipeline;
import dev.readout.pipeline.Profile;
import dev.readout.sentences.RuleSentenceSplitter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several threads, one pipeline: the same documents, in input order, with problems in their place. */
class BatchProcessorIT {
  @TempDir Path dir;

  /** Collects what a batch hands out, as "ok:id" and "kind:id" in the order heard. */
  private static final class Collected implements BatchProcessor.Listener {
    final DocumentJson json = new DocumentJson();
    final List<String> docs = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    int progressCalls;
    final List<String> renamed = new ArrayList<>();

    @Override
    public void renamed(InputDocument document, String originalId, String firstSource) {
      renamed.add(document.id() + " for " + originalId + " of " + firstSource);
    }

    @Override
    public void document(InputDocument input, AnalyzedDocument result) {
      docs.add(json.write(result));
      events.add("ok:" + result.id());
    }

    @Override
    public void problem(InputProblem problem) {
      events.add(problem.kind() + ":" + problem.id());
    }

    @Override
    public void progress(BatchProcessor.Progress progress) {
      progressCalls++;
      assertTrue(progress.done() <= progress.total(), progress.toString());
    }
  }

  private BatchProcessor.Summary run(Pipeline pipeline, BatchProcessor.Options options, Collected c) {
    return new BatchProcessor(pipeline, options).run(List.of(dir.toString()), InputStream.nullInputStream(), c);
  }

  @Test
  void threadsKeepInputOrderAndAccountForEveryDocument() throws Exception {
    for (String id : Samples.IDS) {
      Files.writeString(dir.resolve(id + ".txt"), Samples.text(id));
    }
    Files.writeString(dir.resolve("zz-empty.txt"), " ");
    Collected one = new Collected();
    BatchProcessor.Summary s1 = run(SharedPipeline.get(), BatchProcessor.Options.defaults().withThreads(1), one);
    Collected three = new Collected();
    BatchProcessor.Summary s3 = run(SharedPipeline.get(), BatchProcessor.Options.defaults().withThreads(3), three);
    assertEquals(one.docs, three.docs);
    assertEquals(one.events, three.events);
    assertEquals("empty:zz-empty", three.events.get(three.events.size() - 1));
    assertEquals(Samples.IDS.size(), s3.ok());
    assertEquals(1, s3.failed());
    assertEquals(s1.statements(), s3.statements());
    List<String> ids = three.docs.stream().map(l -> three.json.read(l).id()).toList();
    assertEquals(Samples.IDS.stream().sorted().toList(), ids);
    assertTrue(three.progressCalls >= Samples.IDS.size());
  }

  @Test
  void aDocumentThatNeverReturnsIsAbandonedAndTheBatchGoesOn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    RuleSentenceSplitter rules = new RuleSentenceSplitter(Lexicon.loadDefault());
    Pipeline stuck = Pipeline.builder().profile(Profile.FAST).sentenceSplitter(text -> {
      if (text.contains("STUCK")) {
        while (release.getCount() > 0) {
          try {
            release.await(); // deaf to interrupts, like a runaway loop in a stage
          } catch (InterruptedException e) {
            // keep waiting
          }
        }
      }
      return rules.split(text);
    }).build();
    Files.writeString(dir.resolve("a.txt"), "The minister said the talks went well.");
    Files.writeString(dir.resolve("b.txt"), "STUCK. The minister said nothing.");
    Files.writeString(dir.resolve("c.txt"), "The president welcomed the agreement.");
    Files.writeString(dir.resolve("d.txt"), "STUCK again.");
    Files.writeString(dir.resolve("e.txt"), "The two leaders condemned the attack.");
    try {
      Collected c = new Collected();
      BatchProcessor.Summary s = run(stuck, BatchProcessor.Options.defaults().withThreads(1).withDocTimeout(Duration.ofSeconds(1)), c);
      assertEquals(List.of("ok:a", "timeout:b", "ok:c", "timeout:d", "ok:e"), c.events);
      assertEquals(3, s.ok());
      assertEquals(2, s.failed());
    } finally {
      release.countDown();
    }
  }

  @Test
  void skippedInputsAreCountedAndDuplicateIdsMadeUnique() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "The minister said the talks went well.");
    Files.writeString(dir.resolve("b.txt"), "");
    Files.writeString(dir.resolve("c.txt"), "The president welcomed the agreement.");
    Files.createDirectories(dir.resolve("d"));
    Files.writeString(dir.resolve("d/c.txt"), "A second document called c.");
    Files.writeString(dir.resolve("e.txt"), "The two leaders condemned the attack.");
    Pipeline fast = Pipeline.builder().profile(Profile.FAST).build();
    Collected all = new Collected();
    BatchProcessor.Summary first = run(fast, BatchProcessor.Options.defaults(), all);
    assertEquals(List.of("ok:a", "empty:b", "ok:c", "ok:c~2", "ok:e"), all.events);
    assertEquals(List.of("c~2 for c of " + dir.resolve("c.txt")), all.renamed);
    assertTrue(all.docs.get(2).contains("\"original_id\":\"c\""), all.docs.get(2));
    assertEquals(new BatchProcessor.Summary(4, 1, 0, first.statements(), first.seconds()), first);
    Collected rest = new Collected();
    BatchProcessor.Options resume = BatchProcessor.Options.defaults()
        .skipping(Set.of("a", "c", "c~2"), Set.of(dir.resolve("b.txt").toString()));
    BatchProcessor.Summary second = run(fast, resume, rest);
    assertEquals(List.of("ok:e"), rest.events);
    assertEquals(4, second.skipped());
    assertEquals(1, second.ok() + second.failed());
  }
}
