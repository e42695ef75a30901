package dev.readout.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output: the lock refuses a second holder at once and never outlives its process. */
class OutputLockTest {
  @TempDir Path dir;

  @Test
  void aSecondHolderInTheSameProcessIsRefusedUntilTheFirstLetsGo() {
    Path out = dir.resolve("sub/out.jsonl");
    try (OutputLock first = OutputLock.acquire(out)) {
      assertTrue(Files.exists(OutputLock.lockFile(out)), "the lock file sits beside the output");
      OutputLock.Locked refused = assertThrows(OutputLock.Locked.class, () -> OutputLock.acquire(out));
      assertEquals(Optional.of(ProcessHandle.current().pid()), refused.holder());
      assertEquals(out + " is being written by another run (pid " + ProcessHandle.current().pid() + "); wait for it to finish or stop it",
          refused.getMessage());
    }
    assertFalse(Files.exists(OutputLock.lockFile(out)), "a clean release removes the lock file");
    OutputLock.acquire(out).close();
  }

  @Test
  void acquireAllLetsGoOfWhatItTookWhenOneIsRefused() {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    try (OutputLock held = OutputLock.acquire(b)) {
      assertThrows(OutputLock.Locked.class, () -> OutputLock.acquireAll(List.of(a, b)));
      OutputLock.acquire(a).close(); // a was let go
    }
    try (OutputLock.Held both = OutputLock.acquireAll(List.of(a, b))) {
      assertThrows(OutputLock.Locked.class, () -> OutputLock.acquire(a));
      assertThrows(OutputLock.Locked.class, () -> OutputLock.acquire(b));
    }
    assertFalse(Files.exists(OutputLock.lockFile(a)));
    assertFalse(Files.exists(OutputLock.lockFile(b)));
  }

  @Test
  void anotherProcessHoldsItUntilItIsKilledAndItsStaleFileBlocksNothing() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked " + holder.pid(), said.readLine());
      OutputLock.Locked refused = assertThrows(OutputLock.Locked.class, () -> OutputLock.acquire(out));
      assertEquals(Optional.of(holder.pid()), refused.holder(), "the refusal names the holder's pid");
      assertTrue(refused.getMessage().contains("(pid " + holder.pid() + ")"), refused.getMessage());
    } finally {
      holder.destroyForcibly(); // SIGKILL: the holder never releases anything itself
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
    }
    Path lockFile = OutputLock.lockFile(out);
    assertTrue(Files.readString(lockFile).startsWith(holder.pid() + "\n"), "the killed holder's file is still there");
    try (OutputLock mine = OutputLock.acquire(out)) {
      assertTrue(Files.readString(lockFile).startsWith(ProcessHandle.current().pid() + "\n"), "and now names this process");
    }
  }
}
