package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.json.DocumentJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several threads, one pipeline: the same documents, in input order, with problems in their place. */
class BatchProcessorIT {
  @TempDir Path dir;

  @Test
  void threadsKeepInputOrderAndAccountForEveryDocument() throws Exception {
    for (String id : Samples.IDS) {
      Files.writeString(dir.resolve(id + ".txt"), Samples.text(id));
    }
    Files.writeString(dir.resolve("zz-empty.txt"), " ");
    DocumentJson json = new DocumentJson();
    List<String> one = new ArrayList<>();
    List<String> problemsOne = new ArrayList<>();
    BatchProcessor.Summary s1 = new BatchProcessor(SharedPipeline.get(), 1)
        .run(List.of(dir.toString()), InputStream.nullInputStream(), d -> one.add(json.write(d)), p -> problemsOne.add(p.id()));
    List<String> three = new ArrayList<>();
    List<String> problemsThree = new ArrayList<>();
    BatchProcessor.Summary s3 = new BatchProcessor(SharedPipeline.get(), 3)
        .run(List.of(dir.toString()), InputStream.nullInputStream(), d -> three.add(json.write(d)), p -> problemsThree.add(p.id()));
    assertEquals(one, three);
    assertEquals(List.of("zz-empty"), problemsThree);
    assertEquals(Samples.IDS.size(), s3.ok());
    assertEquals(1, s3.failed());
    assertEquals(s1.statements(), s3.statements());
    List<String> ids = three.stream().map(l -> json.read(l).id()).toList();
    assertEquals(Samples.IDS.stream().sorted().toList(), ids);
  }
}
