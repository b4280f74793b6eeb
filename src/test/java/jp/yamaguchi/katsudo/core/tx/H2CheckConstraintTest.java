package jp.yamaguchi.katsudo.core.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The H2 we run on (tests, {@code make run}) keeps CHECK constraints working after the connection
 * that created them is closed. Flyway creates them on one pooled connection, and the pool retires
 * it after 30 minutes: with H2 2.4.240 every insert into such a table then failed with 「Check
 * constraint invalid」 (seen in a long browser test run).
 */
class H2CheckConstraintTest {

  @Test
  void aCheckConstraintOutlivesTheConnectionThatCreatedIt() throws SQLException {
    String url = "jdbc:h2:mem:check-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    try (Connection pooled = DriverManager.getConnection(url, "sa", "")) {
      try (Connection migration = DriverManager.getConnection(url, "sa", "")) {
        migration
            .createStatement()
            .execute(
                "CREATE TABLE booking (id INT, state VARCHAR(20),"
                    + " CONSTRAINT booking_state_ck CHECK (state IN ('BOOKED', 'TENTATIVE')))");
      }
      assertThat(pooled.createStatement().executeUpdate("INSERT INTO booking VALUES (1, 'BOOKED')"))
          .isEqualTo(1);
      // and the constraint still refuses what it should
      assertThatThrownBy(
              () -> pooled.createStatement().executeUpdate("INSERT INTO booking VALUES (2, 'X')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("BOOKING_STATE_CK");
      pooled.createStatement().execute("DROP ALL OBJECTS");
    }
  }
}
