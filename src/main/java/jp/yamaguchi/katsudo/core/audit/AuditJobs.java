package jp.yamaguchi.katsudo.core.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly pruning of the audit log as a db-scheduler recurring task. db-scheduler keeps the
 * task in the {@code scheduled_tasks} table and locks it there, so with several app servers it runs
 * on one of them, once per night; a night missed while every server was down is caught up at the
 * next start.
 */
@Configuration(proxyBeanMethods = false)
class AuditJobs {

  @Bean
  RecurringTask<Void> auditPruneTask(
      AuditRetention retention, @Value("${katsudo.audit.prune-cron:0 30 3 * * *}") String cron) {
    return Tasks.recurring(AuditRetention.NAME, Schedules.cron(cron, ClockConfig.ZONE))
        .execute((instance, context) -> retention.prune());
  }
}
