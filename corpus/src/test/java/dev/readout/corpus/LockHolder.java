package dev.readout.corpus;

import java.nio.file.Path;

/** A process of its own that takes the lock of an output, says so on stdout, and holds it until it is killed. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws InterruptedException {
    OutputLock lock = OutputLock.acquire(Path.of(args[0]));
    System.out.println("locked " + ProcessHandle.current().pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
    lock.close();
  }
}
