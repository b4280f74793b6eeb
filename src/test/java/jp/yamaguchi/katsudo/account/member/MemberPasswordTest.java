package jp.yamaguchi.katsudo.account.member;

import static jp.yamaguchi.katsudo.account.member.MemberFixtures.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.PasswordPolicy;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Member passwords (別記2 3.1.3): at least 8 characters, 64 and 128 accepted, every kind of character
 * and a Japanese passphrase work, at sign-up and at the login; common passwords and ones containing
 * the login ID are refused.
 */
@IntegrationTest
class MemberPasswordTest {

  @Autowired MockMvc mvc;
  @Autowired MemberAccounts accounts;

  /** Signs up with the password and logs in with it. */
  void works(String password) throws Exception {
    String id = MemberFixtures.unique("pw");
    MemberRef m =
        accounts.createActive(MemberFixtures.individual(id, id + "@example.jp", password));
    login(mvc, "/login", m.loginId(), password);
  }

  void refused(String password, String messageKey) {
    String id = MemberFixtures.unique("pw");
    assertThatThrownBy(
            () ->
                accounts.createActive(MemberFixtures.individual(id, id + "@example.jp", password)))
        .isInstanceOf(BusinessException.class)
        .hasMessage(messageKey);
    assertThat(accounts.byLoginId(id)).isEmpty();
  }

  @Test
  void eightCharactersAreTheMinimum() throws Exception {
    refused("Abc-123", "e.password.tooShort");
    works("Abc-1234");
    assertThat(accounts.passwordProblems("Abc-123", "someone"))
        .containsExactly(new PasswordPolicy.Violation("e.password.tooShort", 8));
  }

  @Test
  void longPasswordsOf64And128CharactersWork() throws Exception {
    works("x7#".repeat(21) + "Q");
    works("Long passphrase, 128 characters: ".repeat(4).substring(0, 128));
    assertThat(("x7#".repeat(21) + "Q")).hasSize(64);
    refused("a".repeat(PasswordPolicy.MAX + 1), "e.password.tooLong");
  }

  @Test
  void everyKindOfCharacterAndAJapanesePassphraseWork() throws Exception {
    works("aZ9 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    works("やまぐちの秋吉台はとても広い");
    works("ＹＡＭＡＧＵＣＨＩ　全角の２０２６");
    works("  spaces at both ends  ");
  }

  @Test
  void commonPasswordsAndTheLoginIdAreRefused() {
    for (String common : List.of("12345678", "password", "1q2w3e4r")) {
      refused(common, "e.password.common");
    }
    String id = MemberFixtures.unique("own");
    assertThatThrownBy(
            () ->
                accounts.createActive(
                    MemberFixtures.individual(id, id + "@example.jp", "my-" + id + "-pass")))
        .isInstanceOf(BusinessException.class)
        .hasMessage("e.password.loginId");
  }
}
