package jp.yamaguchi.katsudo.account.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.NewMember;
import jp.yamaguchi.katsudo.account.member.MemberFixtures;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Unconfirmed sign-ups and old links are removed; nothing else is touched, and reruns are safe. */
@IntegrationTest
@DateSensitive
class AccountHousekeepingTest {

  @Autowired Clock clock;
  @Autowired AccountHousekeeping housekeeping;
  @Autowired MemberAccounts accounts;
  @Autowired JdbcClient jdbc;

  void age(long accountId, Duration by) {
    Timestamp then = Timestamp.from(clock.instant().minus(by));
    jdbc.sql("UPDATE member_account SET created_at = ? WHERE id = ?")
        .params(then, accountId)
        .update();
  }

  boolean exists(long accountId) {
    return jdbc.sql("SELECT COUNT(*) FROM member_account WHERE id = ?")
            .param(accountId)
            .query(Long.class)
            .single()
        > 0;
  }

  MemberRef pendingGroup() {
    String id = MemberFixtures.unique("hk");
    NewMember group = MemberFixtures.group(id, id + "@example.jp", MemberFixtures.PASSWORD);
    return accounts.register(group, Site.AIKASANET);
  }

  @Test
  void anUnconfirmedSignUpIsRemovedAfterTwoWeeksWithItsLinksAndOrganisation() {
    MemberRef old = pendingGroup();
    MemberRef recent = pendingGroup();
    MemberRef confirmedLongAgo = MemberFixtures.activeMember(accounts);
    Long organisation =
        jdbc.sql("SELECT organisation_id FROM member_account WHERE id = ?")
            .param(old.id())
            .query(Long.class)
            .single();
    assertThat(organisation).isNotNull();
    age(old.id(), Duration.ofDays(15));
    age(recent.id(), Duration.ofDays(13));
    age(confirmedLongAgo.id(), Duration.ofDays(400));

    var result = housekeeping.clean();

    assertThat(result.unconfirmedAccounts()).isGreaterThanOrEqualTo(1);
    assertThat(exists(old.id())).isFalse();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM organisation WHERE id = ?")
                .param(organisation)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM member_token WHERE account_id = ?")
                .param(old.id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(exists(recent.id())).isTrue();
    assertThat(exists(confirmedLongAgo.id())).isTrue();
    // the login ID is free again
    assertThat(accounts.byLoginId(old.loginId())).isEmpty();
    // a second run finds nothing of these
    housekeeping.clean();
    assertThat(exists(recent.id())).isTrue();
    assertThat(exists(confirmedLongAgo.id())).isTrue();
  }

  @Test
  void expiredAndLongUsedLinksAreRemovedButLiveOnesStay() {
    MemberRef m = MemberFixtures.activeMember(accounts);
    Instant now = clock.instant();
    String[] hashes = new String[3];
    Object[][] rows = {
      {now.minus(Duration.ofDays(8)), null}, // expired a week ago
      {now.plus(Duration.ofHours(1)), now.minus(Duration.ofDays(8))}, // used long ago
      {now.plus(Duration.ofMinutes(20)), null} // live
    };
    for (int i = 0; i < rows.length; i++) {
      hashes[i] = UUID.randomUUID().toString().replace("-", "") + "hk" + i;
      jdbc.sql(
              "INSERT INTO member_token (token_hash, purpose, account_id, created_at, expires_at)"
                  + " VALUES (?, 'RESET_PASSWORD', ?, ?, ?)")
          .params(
              hashes[i],
              m.id(),
              Timestamp.from(now.minus(Duration.ofDays(9))),
              Timestamp.from((Instant) rows[i][0]))
          .update();
      if (rows[i][1] != null) {
        jdbc.sql("UPDATE member_token SET used_at = ? WHERE token_hash = ?")
            .params(Timestamp.from((Instant) rows[i][1]), hashes[i])
            .update();
      }
    }
    housekeeping.clean();
    assertThat(
            jdbc.sql("SELECT token_hash FROM member_token WHERE account_id = ?")
                .param(m.id())
                .query(String.class)
                .list())
        .containsExactly(hashes[2]);
    assertThat(housekeeping.run()).startsWith("account-cleanup: ");
  }
}
