package dev.readout.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 over a directory's file names and bytes. */
final class Hashing {
  private Hashing() {}

  /** The hash of several hashes, in order (the training data of a model trained on more than one corpus). */
  static String combined(List<String> hashes) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (String h : hashes) {
        d.update(h.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.update((byte) '\n');
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String directory(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        d.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.update(Files.readAllBytes(f));
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
