package jp.yamaguchi.katsudo.account.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly {@link AccountHousekeeping} as a db-scheduler recurring task (one server runs it).
 */
@Configuration(proxyBeanMethods = false)
class AccountJobs {

  @Bean
  RecurringTask<Void> accountCleanupTask(
      AccountHousekeeping housekeeping,
      @Value("${katsudo.account.cleanup-cron:0 45 3 * * *}") String cron) {
    return Tasks.recurring(AccountHousekeeping.NAME, Schedules.cron(cron, ClockConfig.ZONE))
        .execute((instance, context) -> housekeeping.clean());
  }
}
