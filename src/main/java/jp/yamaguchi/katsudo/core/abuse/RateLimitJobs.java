package jp.yamaguchi.katsudo.core.abuse;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deletes ended rate-limit windows every hour (db-scheduler: once per cluster). */
@Configuration(proxyBeanMethods = false)
class RateLimitJobs {

  static final String NAME = "rate-limit-cleanup";

  @Bean
  RecurringTask<Void> rateLimitCleanupTask(
      RateLimits limits, @Value("${katsudo.abuse.cleanup-cron:0 5 * * * *}") String cron) {
    return Tasks.recurring(NAME, Schedules.cron(cron, ClockConfig.ZONE))
        .execute((instance, context) -> limits.deleteExpired());
  }
}
