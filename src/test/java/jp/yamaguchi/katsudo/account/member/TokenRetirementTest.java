package jp.yamaguchi.katsudo.account.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.TokenPurpose;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Links still in a mailbox stop working when the password or the address they belong to changes.
 */
@IntegrationTest
@DateSensitive
class TokenRetirementTest {

  @Autowired Clock clock;
  @Autowired MemberAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCrypto crypto;

  @Test
  void aPasswordChangeEndsOutstandingResetLinks() {
    MemberRef m = MemberFixtures.activeMember(accounts);
    String reset = TokenSupport.issue(jdbc, clock, m.id(), "RESET_PASSWORD", 30);
    assertThat(accounts.tokenProblem(reset, TokenPurpose.RESET_PASSWORD)).isEmpty();

    accounts.changePassword(
        m.id(), MemberFixtures.PASSWORD, "Brand-New-Password-2026", Site.SUPERNET);

    assertThat(accounts.tokenProblem(reset, TokenPurpose.RESET_PASSWORD)).isPresent();
  }

  @Test
  void aNewAddressEndsTheLinksMailedToTheOldOne() {
    MemberRef m = MemberFixtures.activeMember(accounts);
    String reset = TokenSupport.issue(jdbc, clock, m.id(), "RESET_PASSWORD", 30);
    String change = TokenSupport.issue(jdbc, clock, m.id(), "CHANGE_EMAIL", 60);
    String newEmail = MemberFixtures.unique("new") + "@example.jp";
    jdbc.sql("UPDATE member_token SET new_email = ? WHERE token_hash = ?")
        .params(crypto.encrypt(newEmail), TokenSupport.sha256(change))
        .update();

    accounts.confirmEmailChange(change);

    assertThat(accounts.tokenProblem(reset, TokenPurpose.RESET_PASSWORD)).isPresent();
  }
}
