package jp.yamaguchi.katsudo.directory.changes;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nightly removal of public change requests nobody confirmed within {@link
 * ChangeRequests#UNCONFIRMED_KEPT} (their link expired after 24 hours; a db-scheduler recurring
 * task: one server runs it; deleting is idempotent).
 */
@Configuration(proxyBeanMethods = false)
class ChangeRequestJobs {

  static final String NAME = "directory-change-cleanup";

  @Bean
  RecurringTask<Void> directoryChangeCleanupTask(
      ChangeRequests changes,
      @Value("${katsudo.directory.change-cleanup-cron:0 55 3 * * *}") String cron) {
    return Tasks.recurring(NAME, Schedules.cron(cron, ClockConfig.ZONE))
        .execute((instance, context) -> changes.deleteStaleUnconfirmed());
  }
}
