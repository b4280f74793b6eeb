package jp.yamaguchi.katsudo.core.review;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link ReviewSchedule#runDue()} every minute as a db-scheduler recurring task: db-scheduler locks
 * the task in {@code scheduled_tasks}, so with several app servers one of them runs it; each plan
 * is claimed on its own as well (see {@link ReviewSchedule}).
 */
@Configuration(proxyBeanMethods = false)
class ReviewScheduleJobs {

  @Bean
  RecurringTask<Void> reviewScheduleTask(
      ReviewSchedule schedule, @Value("${katsudo.review.schedule-cron:0 * * * * *}") String cron) {
    return Tasks.recurring(ReviewSchedule.TASK, Schedules.cron(cron, ClockConfig.ZONE))
        .execute((instance, context) -> schedule.runDue());
  }
}
