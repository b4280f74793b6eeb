package jp.yamaguchi.katsudo.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerState;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * db-scheduler starts on this database (H2, or PostgreSQL with TEST_DATABASE_URL) and registers the
 * recurring jobs in scheduled_tasks at their cron times. The other tests run without the scheduler;
 * this context is closed afterwards so its scheduler stops.
 */
@IntegrationTest
@TestPropertySource(properties = "db-scheduler.enabled=true")
@DirtiesContext
class SchedulerStartTest {

  @Autowired Scheduler scheduler;
  @Autowired JdbcClient jdbc;

  OffsetDateTime nextRun(String task) {
    return jdbc.sql(
            "SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
        .params(task, "recurring")
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
        .optional()
        .orElse(null);
  }

  @Test
  void theSchedulerRunsAndTheRecurringJobsAreRegistered() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> scheduler.getSchedulerState().isStarted() && nextRun("audit-prune") != null);
    SchedulerState state = scheduler.getSchedulerState();
    assertThat(state.isShuttingDown()).isFalse();

    ZonedDateTime prune = nextRun("audit-prune").atZoneSameInstant(ClockConfig.ZONE);
    assertThat(prune.getHour()).isEqualTo(3);
    assertThat(prune.getMinute()).isEqualTo(30);

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> nextRun("rate-limit-cleanup") != null);
    assertThat(nextRun("rate-limit-cleanup").atZoneSameInstant(ClockConfig.ZONE).getMinute())
        .isEqualTo(5);

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> nextRun("account-cleanup") != null);
    ZonedDateTime accounts = nextRun("account-cleanup").atZoneSameInstant(ClockConfig.ZONE);
    assertThat(accounts.getHour()).isEqualTo(3);
    assertThat(accounts.getMinute()).isEqualTo(45);

    // scheduled publishing: every minute
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> nextRun("review-schedule") != null);
    assertThat(nextRun("review-schedule").getSecond()).isZero();
  }
}
