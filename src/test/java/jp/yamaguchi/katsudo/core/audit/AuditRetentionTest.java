package jp.yamaguchi.katsudo.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.command.Command;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pruning deletes only what is past the retention, logs itself, and a year is the minimum. */
@IntegrationTest
@DateSensitive
class AuditRetentionTest {

  @Autowired Clock clock;
  @Autowired AuditRetention retention;
  @Autowired AuditReader reader;
  @Autowired AuditProperties properties;
  @Autowired List<Command> commands;
  @Autowired JdbcClient jdbc;

  final String tag = "r" + UUID.randomUUID().toString().substring(0, 8);

  void entryAt(Instant at, String target) {
    jdbc.sql("INSERT INTO audit_log (occurred_at, action, actor, target) VALUES (?, ?, ?, ?)")
        .params(Timestamp.from(at), AuditAction.LOGIN_SUCCESS.name(), "retention-test", target)
        .update();
  }

  List<String> targets() {
    return reader
        .search(new AuditQuery(null, null, tag, null, null), PageRequest.of(0, 10))
        .map(AuditEntry::target)
        .getContent();
  }

  @Test
  void theDefaultRetentionIs400Days() {
    assertThat(properties.retention()).isEqualTo(Duration.ofDays(400));
  }

  @Test
  void theCommandDeletesOnlyEntriesPastTheRetentionAndLogsTheCount() {
    Instant now = clock.instant();
    entryAt(now.minus(401, ChronoUnit.DAYS), "expired-" + tag);
    entryAt(now.minus(399, ChronoUnit.DAYS), "kept-old-" + tag);
    entryAt(now.minus(1, ChronoUnit.DAYS), "kept-new-" + tag);

    Command command =
        commands.stream().filter(c -> c.name().equals("audit-prune")).findFirst().orElseThrow();
    String output = command.run();

    assertThat(output).startsWith("audit-prune: deleted ");
    assertThat(targets()).containsExactlyInAnyOrder("kept-old-" + tag, "kept-new-" + tag);
    AuditEntry pruned =
        reader
            .search(
                new AuditQuery(AuditAction.AUDIT_PRUNE, null, null, null, null),
                PageRequest.of(0, 1))
            .getContent()
            .getFirst();
    assertThat(pruned.detail()).startsWith("deleted=").contains("retention=PT9600H");
    assertThat(Integer.parseInt(pruned.detail().replaceAll("^deleted=(\\d+);.*", "$1")))
        .isGreaterThanOrEqualTo(1);

    // running it again deletes nothing more of ours: the job is idempotent
    retention.prune();
    assertThat(targets()).containsExactlyInAnyOrder("kept-old-" + tag, "kept-new-" + tag);
  }

  @Test
  void aRetentionUnderAYearStopsTheStart() {
    assertThatThrownBy(() -> bind("364d"))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("at least 365 days");
    assertThat(bind("365d").retention()).isEqualTo(Duration.ofDays(365));
    assertThat(bind("800d").retention()).isEqualTo(Duration.ofDays(800));
  }

  private static AuditProperties bind(String retention) {
    return new Binder(
            new MapConfigurationPropertySource(Map.of("katsudo.audit.retention", retention)))
        .bind("katsudo.audit", AuditProperties.class)
        .get();
  }
}
