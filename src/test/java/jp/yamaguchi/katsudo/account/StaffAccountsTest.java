package jp.yamaguchi.katsudo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class StaffAccountsTest {

  private static final String PASSWORD = "Correct-Horse-2026";

  @Autowired StaffAccounts accounts;

  private final String prefix = "svc" + UUID.randomUUID().toString().substring(0, 6);

  @AfterEach
  void cleanUp() {
    accounts.all().stream()
        .filter(a -> a.username().startsWith(prefix))
        .forEach(a -> accounts.delete(a.id(), "cleanup"));
  }

  private static String messageOf(Throwable e) {
    return ((BusinessException) e).messageId();
  }

  @Test
  void anAdministratorCannotDisableDemoteOrDeleteThemselves() {
    StaffSummary me = accounts.create(prefix + "-me", "山口 一郎", null, PASSWORD, StaffRole.ADMIN);
    assertThatThrownBy(
            () -> accounts.update(me.id(), "山口 一郎", null, StaffRole.EDITOR, true, me.username()))
        .isInstanceOf(BusinessException.class)
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.staff.self.demote");
    assertThatThrownBy(
            () -> accounts.update(me.id(), "山口 一郎", null, StaffRole.ADMIN, false, me.username()))
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.staff.self.disable");
    assertThatThrownBy(() -> accounts.delete(me.id(), me.username()))
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.staff.self.delete");
    StaffSummary unchanged = accounts.get(me.id());
    assertThat(unchanged.role()).isEqualTo(StaffRole.ADMIN);
    assertThat(unchanged.enabled()).isTrue();

    // another administrator may do all of it
    accounts.update(me.id(), "山口 一郎", "ichiro@example.jp", StaffRole.EDITOR, false, "someone");
    StaffSummary changed = accounts.get(me.id());
    assertThat(changed.role()).isEqualTo(StaffRole.EDITOR);
    assertThat(changed.enabled()).isFalse();
    assertThat(changed.email()).isEqualTo("ichiro@example.jp");
  }

  @Test
  void loginIdsAreUniqueAndWellFormed() {
    accounts.create(prefix + "-a", "宇部 花子", null, PASSWORD, StaffRole.EDITOR);
    assertThatThrownBy(() -> accounts.create(prefix + "-a", "別人", null, PASSWORD, StaffRole.EDITOR))
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.staff.username.taken");
    for (String bad : new String[] {"ab", "山口", "a b", "x".repeat(101), "a/b"}) {
      assertThatThrownBy(() -> accounts.create(bad, "名前", null, PASSWORD, StaffRole.EDITOR))
          .as(bad)
          .extracting(StaffAccountsTest::messageOf)
          .isEqualTo("e.staff.username.format");
    }
  }

  @Test
  void passwordsAreLongEnoughAndOwnChangesNeedTheCurrentOne() {
    assertThatThrownBy(
            () -> accounts.create(prefix + "-p", "萩 太郎", null, "short-pass1", StaffRole.EDITOR))
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.staff.password.length");
    assertThatThrownBy(
            () -> accounts.create(prefix + "-p", "萩 太郎", null, "a".repeat(73), StaffRole.EDITOR))
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.staff.password.bytes");
    StaffSummary p = accounts.create(prefix + "-p", "萩 太郎", null, "a".repeat(64), StaffRole.EDITOR);
    assertThatThrownBy(
            () -> accounts.changePassword(p.id(), "New-Password-2026", p.username(), "wrong"))
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.staff.password.current");
    accounts.changePassword(p.id(), "New-Password-2026", p.username(), "a".repeat(64));
    // an administrator resetting someone else's password needs no current password
    accounts.changePassword(p.id(), "Another-Password-2026", "admin", null);
  }

  @Test
  void searchFiltersByRoleAndState() {
    StaffSummary e = accounts.create(prefix + "-e", "防府 次郎", null, PASSWORD, StaffRole.EDITOR);
    accounts.update(e.id(), "防府 次郎", null, StaffRole.EDITOR, false, "admin");
    assertThat(accounts.search(StaffRole.EDITOR, false, PageRequest.of(0, 500)).getContent())
        .extracting(StaffSummary::username)
        .contains(prefix + "-e");
    assertThat(accounts.search(StaffRole.ADMIN, null, PageRequest.of(0, 500)).getContent())
        .extracting(StaffSummary::username)
        .doesNotContain(prefix + "-e");
    assertThat(accounts.search(null, true, PageRequest.of(0, 500)).getContent())
        .extracting(StaffSummary::username)
        .doesNotContain(prefix + "-e");
  }
}
