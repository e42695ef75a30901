package dev.readout.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark per test JVM: two threads, and up to three attempts of a task, so that a task that dies is retried. */
final class LocalSpark {
  private LocalSpark() {}

  private static final class Holder {
    static final SparkSession SPARK = SparkSession.builder()
        .appName("readout-tests")
        .master("local[2,3]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  static SparkSession get() {
    return Holder.SPARK;
  }
}
