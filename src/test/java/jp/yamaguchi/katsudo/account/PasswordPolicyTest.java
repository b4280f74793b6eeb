package jp.yamaguchi.katsudo.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.yamaguchi.katsudo.account.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  final PasswordPolicy policy = new PasswordPolicy();

  List<String> keys(String password, String loginId, boolean staff) {
    return policy.check(password, loginId, staff).stream().map(Violation::messageKey).toList();
  }

  @Test
  void eightCharactersAreTheMemberMinimumAndTwelveTheStaffMinimum() {
    assertThat(keys("k7#Pq2!x", "taro", false)).isEmpty();
    assertThat(policy.check("k7#Pq2!", "taro", false))
        .containsExactly(new Violation("e.password.tooShort", 8));
    assertThat(policy.check("k7#Pq2!xZ9a", "admin", true))
        .containsExactly(new Violation("e.password.tooShort", 12));
    assertThat(keys("k7#Pq2!xZ9a$", "admin", true)).isEmpty();
    assertThat(keys("", "taro", false)).containsExactly("e.password.required");
    assertThat(keys(null, "taro", false)).containsExactly("e.password.required");
  }

  @Test
  void longPasswordsAndEveryKindOfCharacterAreAccepted() {
    assertThat(keys("a".repeat(30) + "B1!" + "z".repeat(31), "taro", false)).isEmpty(); // 64
    String p128 = "Ab1!" + "xY9#".repeat(31); // 128
    assertThat(p128).hasSize(128);
    assertThat(keys(p128, "taro", false)).isEmpty();
    assertThat(keys("lowercaseonlylong", "taro", false)).isEmpty();
    assertThat(keys("1234567890987", "taro", false)).isEmpty();
    assertThat(keys("~!@#$%^&*()_+{}|:\"<>?", "taro", false)).isEmpty();
    assertThat(keys("やまぐちの空は青い 2026", "taro", false)).isEmpty();
    assertThat(keys("x".repeat(257), "taro", false)).containsExactly("e.password.tooLong");
  }

  @Test
  void commonPasswordsAndTheLoginIdAreRefused() {
    assertThat(keys("password", "taro", false)).containsExactly("e.password.common");
    assertThat(keys("PassWord123", "taro", false)).containsExactly("e.password.common");
    assertThat(keys("12345678", "taro", false)).containsExactly("e.password.common");
    assertThat(keys("my-taro-secret", "taro", false)).containsExactly("e.password.loginId");
    assertThat(keys("my-TARO-secret", "taro", false)).containsExactly("e.password.loginId");
  }
}
