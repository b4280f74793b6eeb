package jp.yamaguchi.katsudo.account.member;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tokens written straight into the table, for tests that need a known or an old token. */
final class TokenSupport {

  private TokenSupport() {}

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token of {@code purpose} for the account that expires in {@code minutes} (may be < 0). */
  static String issue(JdbcClient jdbc, Clock clock, long accountId, String purpose, long minutes) {
    String token = UUID.randomUUID() + "-" + UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            "INSERT INTO member_token (token_hash, purpose, account_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            sha256(token),
            purpose,
            accountId,
            Timestamp.from(now),
            Timestamp.from(now.plus(minutes, ChronoUnit.MINUTES)))
        .update();
    return token;
  }

  /** Makes a mailed token expire (its row's expires_at in the past). */
  static void expire(JdbcClient jdbc, Clock clock, String token) {
    int n =
        jdbc.sql("UPDATE member_token SET expires_at = ? WHERE token_hash = ?")
            .params(Timestamp.from(clock.instant().minus(1, ChronoUnit.MINUTES)), sha256(token))
            .update();
    if (n != 1) throw new IllegalStateException("no such token");
  }
}
