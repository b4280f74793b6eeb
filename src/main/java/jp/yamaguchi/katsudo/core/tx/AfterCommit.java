package jp.yamaguchi.katsudo.core.tx;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must follow the surrounding transaction's commit, never precede or outlive a rollback.
 */
public final class AfterCommit {

  private AfterCommit() {}

  /**
   * Runs a cache eviction now and once more after the surrounding transaction commits, so that a
   * reader who filled the cache from the old rows in between cannot keep them.
   */
  public static void evict(Runnable eviction) {
    eviction.run();
    run(eviction);
  }

  /**
   * Runs an action once the surrounding transaction has committed (not at all when it rolls back),
   * or at once when there is no transaction. For side effects outside the database transaction,
   * e.g. ending someone's sessions after their account changed.
   */
  public static void run(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }
}
