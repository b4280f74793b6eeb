package jp.yamaguchi.katsudo.core.tx;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a cache eviction now and once more after the surrounding transaction commits, so that a
 * reader who filled the cache from the old rows in between cannot keep them.
 */
public final class AfterCommit {

  private AfterCommit() {}

  public static void evict(Runnable eviction) {
    eviction.run();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              eviction.run();
            }
          });
    }
  }
}
