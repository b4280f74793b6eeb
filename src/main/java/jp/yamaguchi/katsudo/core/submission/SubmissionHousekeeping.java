package jp.yamaguchi.katsudo.core.submission;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nightly removal of submission links that expired or were used more than {@link #KEEP} ago (a
 * db-scheduler recurring task: one server runs it; deleting is naturally idempotent).
 */
@Configuration(proxyBeanMethods = false)
class SubmissionHousekeeping {

  static final String NAME = "submission-link-cleanup";

  static final Duration KEEP = Duration.ofDays(7);

  @Bean
  RecurringTask<Void> submissionLinkCleanupTask(
      SubmissionConfirmations confirmations,
      @Value("${katsudo.submission.cleanup-cron:0 50 3 * * *}") String cron) {
    return Tasks.recurring(NAME, Schedules.cron(cron, ClockConfig.ZONE))
        .execute((instance, context) -> confirmations.deleteOlderThan(KEEP));
  }
}
