package jp.yamaguchi.katsudo.account.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The address-change form cannot be used to find out who is registered: an address of another
 * account gets the same answer as a free one, nothing changes, and that address's owner is told.
 */
@IntegrationTest
class EmailChangePrivacyTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired MemberAccounts accounts;

  @Test
  void anAddressOfAnotherAccountIsAnsweredLikeAFreeOne() {
    MemberRef curious = MemberFixtures.activeMember(accounts);
    MemberRef other = MemberFixtures.activeMember(accounts);
    String othersAddress = MemberFixtures.emailOf(other);

    // no exception: the page says the confirmation mail was sent, as for any address
    accounts.requestEmailChange(
        curious.id(), MemberFixtures.PASSWORD, othersAddress, Site.SUPERNET);

    MimeMessage notice = MemberFixtures.mailsTo(greenMail, othersAddress, 1).getFirst();
    assertThat(MemberFixtures.subject(notice)).contains("このメールアドレスへの変更の申し込み");
    assertThat(MemberFixtures.text(notice))
        .contains("変更は行っていません")
        .doesNotContain(curious.loginId());
    assertThat(accounts.byLoginId(curious.loginId()).orElseThrow().maskedEmail())
        .isEqualTo(curious.maskedEmail());
    // the curious member is told nothing either: no link, no notice that would differ
    assertThat(MemberFixtures.to(greenMail, MemberFixtures.emailOf(curious))).isEmpty();
  }
}
