package jp.yamaguchi.katsudo.report.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.report.domain.ReportEditing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nightly removal of activity report postings posted by the public whose sender never confirmed the
 * mail address, {@link #KEEP} after they were sent (a db-scheduler recurring task: one server runs
 * it; idempotent).
 */
@Configuration(proxyBeanMethods = false)
class ReportHousekeeping {

  private static final Logger log = LoggerFactory.getLogger(ReportHousekeeping.class);

  static final String NAME = "report-unconfirmed-cleanup";

  static final Duration KEEP = Duration.ofDays(14);

  private final ReportEditing editing;
  private final Clock clock;

  ReportHousekeeping(ReportEditing editing, Clock clock) {
    this.editing = editing;
    this.clock = clock;
  }

  /** Deletes the unconfirmed postings older than {@link #KEEP}; returns how many. */
  int clean() {
    int n = editing.deleteStaleUnconfirmed(clock.instant().minus(KEEP));
    if (n > 0) log.info("deleted {} unconfirmed activity report postings", n);
    return n;
  }

  @Bean
  RecurringTask<Void> reportUnconfirmedCleanupTask(
      @Value("${katsudo.report.cleanup-cron:0 10 4 * * *}") String cron) {
    return Tasks.recurring(NAME, Schedules.cron(cron, ClockConfig.ZONE))
        .execute((instance, context) -> clean());
  }
}
