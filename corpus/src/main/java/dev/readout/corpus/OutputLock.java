package dev.readout.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * One writer per output: an exclusive lock held by the operating system ({@link FileChannel#tryLock()}) on
 * {@code FILE.lock}, beside {@code FILE} and {@code FILE.part}, for as long as a run writes {@code FILE}. A
 * second run on the same output is refused at once ({@link Locked}, naming the holder's pid). The operating
 * system drops the lock when its process dies, however it dies, so the file a killed run leaves behind never
 * blocks the next run (a {@code --resume}). A clean {@link #close()} removes the file.
 *
 * <p>The lock file holds the holder's pid. Removing it while another process may just have opened it is safe:
 * a run that finds, once it holds the lock, that the file at the path is no longer the one it opened (by device
 * and inode) lets go and tries again.
 */
public final class OutputLock implements AutoCloseable {
  /** What the lock file of {@code FILE} is called: {@code FILE.lock}. */
  public static final String SUFFIX = ".lock";
  private static final int ATTEMPTS = 20;
  /**
   * The lock files this JVM holds. On POSIX systems closing any descriptor of a file drops every lock the
   * process holds on it, so a second run in this JVM must be refused before it opens the file at all.
   */
  private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Locks held together, let go by one {@link #close()}. */
  @FunctionalInterface
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /** Another run holds the lock of an output; the message is one line naming the output and the holder. */
  public static final class Locked extends RuntimeException {
    private final transient Optional<Long> holder;

    Locked(Path output, Optional<Long> holder) {
      super(output + " is being written by another run (" + holder.map(p -> "pid " + p).orElse("pid unknown")
          + "); wait for it to finish or stop it");
      this.holder = holder;
    }

    /** The pid the holder wrote into the lock file, when it had written it yet. */
    public Optional<Long> holder() {
      return holder;
    }
  }

  /** The lock file of an output. */
  public static Path lockFile(Path output) {
    return output.resolveSibling(output.getFileName() + SUFFIX);
  }

  /**
   * Takes the lock of {@code output} for this process, or refuses at once.
   *
   * @throws Locked when another run (another process, or this one) holds it
   * @throws UncheckedIOException when the lock file cannot be created
   */
  public static OutputLock acquire(Path output) {
    Path path = lockFile(output.toAbsolutePath().normalize());
    String mine = ProcessHandle.current().pid() + "\n";
    if (!HELD.add(path)) {
      throw new Locked(output, Optional.of(ProcessHandle.current().pid()));
    }
    try {
      Files.createDirectories(path.getParent());
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        Object before = fileKey(path);
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = null;
        try {
          if (before == null || !before.equals(fileKey(path))) {
            ch.close(); // created just now, by us or by another run: look again, so that we know which file we hold
            continue;
          }
          lock = tryLock(ch);
          if (lock == null) {
            throw new Locked(output, holder(ch));
          }
          if (before.equals(fileKey(path))) {
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(mine.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new OutputLock(path, ch, lock);
          }
          // the previous holder removed the file between our open and our lock: try the new one
        } catch (IOException | RuntimeException e) {
          closeQuietly(ch);
          throw e;
        }
        lock.release();
        ch.close();
      }
      throw new IOException(path + ": the lock file kept changing under this run");
    } catch (IOException e) {
      HELD.remove(path);
      throw new UncheckedIOException(path + ": cannot lock: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      HELD.remove(path);
      throw e;
    }
  }

  /**
   * The locks of several outputs (a run's documents, errors file and CSV), taken in order; when one is
   * refused, those already taken are let go before {@link Locked} is thrown.
   */
  public static Held acquireAll(java.util.List<Path> outputs) {
    java.util.Deque<OutputLock> taken = new java.util.ArrayDeque<>();
    Held all = () -> {
      while (!taken.isEmpty()) {
        taken.pop().close();
      }
    };
    try {
      for (Path p : outputs) {
        taken.push(acquire(p));
      }
      return all;
    } catch (RuntimeException e) {
      while (!taken.isEmpty()) {
        taken.pop().close();
      }
      throw e;
    }
  }

  /** Lets go of the lock and removes its file. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file); // while still holding it: see the class comment
      lock.release();
      channel.close();
      HELD.remove(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot release the lock: " + e.getMessage(), e);
    }
  }

  private static FileLock tryLock(FileChannel ch) throws IOException {
    try {
      return ch.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // this JVM holds it already
    }
  }

  private static Optional<Long> holder(FileChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(64);
    ch.read(buf, 0);
    String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    try {
      return Optional.of(Long.parseLong(text.split("\\s+", 2)[0]));
    } catch (NumberFormatException e) {
      return Optional.empty(); // not written yet
    }
  }

  /**
   * Which file is at the path (device and inode), or null when there is none. A stat, never an open: on POSIX
   * systems closing any descriptor of a file drops every lock this process holds on it.
   */
  private static Object fileKey(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException ignored) {
      // the error that brought us here is the one to report
    }
  }
}
