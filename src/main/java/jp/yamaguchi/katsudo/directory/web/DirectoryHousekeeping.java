package jp.yamaguchi.katsudo.directory.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nightly removal of public registrations whose registrant never confirmed the mail address, {@link
 * #KEEP} after they were sent (a db-scheduler recurring task: one server runs it; idempotent).
 */
@Configuration(proxyBeanMethods = false)
class DirectoryHousekeeping {

  private static final Logger log = LoggerFactory.getLogger(DirectoryHousekeeping.class);

  static final String NAME = "directory-unconfirmed-cleanup";

  static final Duration KEEP = Duration.ofDays(14);

  @Bean
  RecurringTask<Void> directoryUnconfirmedCleanupTask(
      DirectoryEntries entries,
      @Value("${katsudo.directory.cleanup-cron:0 55 3 * * *}") String cron) {
    return Tasks.recurring(NAME, Schedules.cron(cron, ClockConfig.ZONE))
        .execute(
            (instance, context) -> {
              int n = entries.deleteUnconfirmed(KEEP);
              if (n > 0) log.info("deleted {} unconfirmed directory registrations", n);
            });
  }
}
