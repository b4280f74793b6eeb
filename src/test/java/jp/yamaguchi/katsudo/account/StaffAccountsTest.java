package jp.yamaguchi.katsudo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
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
        .isEqualTo("e.password.tooShort");
    assertThatThrownBy(
            () -> accounts.create(prefix + "-p", "萩 太郎", null, "a".repeat(257), StaffRole.EDITOR))
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.password.tooLong");
    assertThatThrownBy(
            () -> accounts.create(prefix + "-p", "萩 太郎", null, "password1234", StaffRole.EDITOR))
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.password.common");
    assertThatThrownBy(
            () ->
                accounts.create(
                    prefix + "-p", "萩 太郎", null, "my " + prefix + "-p secret", StaffRole.EDITOR))
        .extracting(StaffAccountsTest::messageOf)
        .isEqualTo("e.password.loginId");
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

  @Test
  void theBootstrapCreatesTheAdministratorOnce(CapturedOutput output) {
    accounts.ensureAdministrator(prefix + "-boot", PASSWORD);
    StaffSummary admin = accounts.byUsername(prefix + "-boot").orElseThrow();
    assertThat(admin.displayName()).isEqualTo("管理者");
    assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
    assertThat(admin.enabled()).isTrue();

    accounts.ensureAdministrator(prefix + "-boot", PASSWORD);
    assertThat(accounts.all()).filteredOn(a -> a.username().startsWith(prefix)).hasSize(1);
    assertThat(output.getAll().lines())
        .filteredOn(line -> line.contains(prefix + "-boot"))
        .noneMatch(line -> line.contains("WARN"));
  }

  @Test
  void theBootstrapRepairsAChangedAdministratorAndWarnsAboutIt(CapturedOutput output) {
    StaffSummary a = accounts.create(prefix + "-fix", "山口 管理", null, PASSWORD, StaffRole.ADMIN);
    accounts.update(a.id(), "山口 管理", null, StaffRole.EDITOR, false, "another-admin");
    accounts.changePassword(a.id(), "Changed-In-The-Admin-1", "another-admin", null);

    accounts.ensureAdministrator(prefix + "-fix", PASSWORD);

    StaffSummary repaired = accounts.get(a.id());
    assertThat(repaired.role()).isEqualTo(StaffRole.ADMIN);
    assertThat(repaired.enabled()).isTrue();
    assertThat(repaired.displayName()).isEqualTo("山口 管理");
    // the start-up password works again: changing it as oneself needs it as the current one
    accounts.changePassword(a.id(), "After-Bootstrap-2026", repaired.username(), PASSWORD);
    String name = "administrator account '" + prefix + "-fix'";
    assertThat(output.getAll())
        .contains(name + ": password differed from ADMIN_PASSWORD and was reset to it")
        .contains(name + " was suspended and has been enabled again")
        .contains(name + " had the role EDITOR and has the role ADMIN again");
    assertThat(output.getAll().lines())
        .filteredOn(line -> line.contains(name))
        .hasSize(3)
        .allMatch(line -> line.contains("WARN"));
  }
}
