package jp.yamaguchi.katsudo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Asserts how much processor time a piece of work takes: the CPU time of the thread that does it,
 * which does not grow when the machine is busy with other work (as the wall clock does on a shared
 * build machine). A run that does not finish within a generous wall-clock time fails too, so a
 * regression to super-linear time fails the test instead of hanging the build.
 */
public final class CpuTime {

  /** Wall-clock time after which the work is abandoned. */
  static final Duration WALL_LIMIT = Duration.ofSeconds(30);

  private CpuTime() {}

  public static <T> T atMost(Duration limit, ThrowingSupplier<T> work, Supplier<String> what) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return assertTimeoutPreemptively(
        WALL_LIMIT,
        () -> {
          long start = threads.getCurrentThreadCpuTime();
          T result = work.get();
          Duration used = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
          assertThat(used).as("processor time of %s", what.get()).isLessThan(limit);
          return result;
        },
        what);
  }
}
