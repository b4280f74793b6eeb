package jp.yamaguchi.katsudo.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL the database itself keeps the audit log append-only (V11_1 trigger). H2 has no such
 * guard (see docs/security.md), so this test runs only with TEST_DATABASE_URL set.
 */
@IntegrationTest
@DateSensitive
class AuditLogGuardTest {

  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  final String tag = "g" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void onlyOnPostgresql() throws Exception {
    try (var c = dataSource.getConnection()) {
      assumeTrue(c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL"));
    }
  }

  long entryAt(Instant at) {
    jdbc.sql("INSERT INTO audit_log (occurred_at, action, actor, target) VALUES (?, ?, ?, ?)")
        .params(Timestamp.from(at), AuditAction.LOGOUT.name(), "guard-test", tag)
        .update();
    return jdbc.sql("SELECT MAX(id) FROM audit_log WHERE target = ?")
        .param(tag)
        .query(Long.class)
        .single();
  }

  @Test
  void entriesCannotBeChangedNorDeletedWithinAYear() {
    long recent = entryAt(clock.instant().minus(364, ChronoUnit.DAYS));
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE audit_log SET actor = 'someone-else' WHERE id = ?")
                    .param(recent)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(recent).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("at least 365 days");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
        .isInstanceOf(DataAccessException.class);

    long old = entryAt(clock.instant().minus(366, ChronoUnit.DAYS));
    assertThat(jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(old).update()).isEqualTo(1);
  }
}
