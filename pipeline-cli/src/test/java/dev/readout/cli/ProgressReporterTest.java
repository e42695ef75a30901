package dev.readout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readout.corpus.BatchProcessor.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  @Test
  void statusSaysDoneTotalRateAndEta() {
    Progress p = new Progress(40, 10, 50, 300, 400, 10.0);
    assertEquals("100/400 documents (25%), 10 failed, 5.0 docs/s, ETA 1:00", ProgressReporter.status(p));
    assertEquals("[######..................] 100/400 documents (25%), 10 failed, 5.0 docs/s, ETA 1:00", ProgressReporter.bar(p));
    assertEquals("3 documents, 0.30 docs/s", ProgressReporter.status(new Progress(3, 0, 0, 9, -1, 10.0)));
    assertEquals("1:01:01", ProgressReporter.duration(3661));
  }

  @Test
  void plainLinesWaitForAnIntervalAndQuietSaysNothing() {
    StringWriter plain = new StringWriter();
    ProgressReporter reporter = new ProgressReporter(new PrintWriter(plain, true), false, false);
    reporter.progress(new Progress(1, 0, 0, 1, 2, 0.1));
    reporter.line("readout: x.txt: empty file");
    assertEquals("readout: x.txt: empty file\n", plain.toString().replace("\r\n", "\n"));
    StringWriter quiet = new StringWriter();
    ProgressReporter silent = new ProgressReporter(new PrintWriter(quiet, true), true, true);
    silent.progress(new Progress(1, 0, 0, 1, 2, 0.1));
    silent.line("readout: x.txt: empty file");
    silent.summary("readout: 2 documents");
    assertEquals("", quiet.toString());
  }
}
