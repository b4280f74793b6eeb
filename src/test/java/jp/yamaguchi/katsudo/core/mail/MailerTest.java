package jp.yamaguchi.katsudo.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.settings.SiteSetting;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The sender of every mail is named after the center, as staff set it in the site settings. */
@IntegrationTest
class MailerTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired Mailer mailer;
  @Autowired SiteSettings settings;

  private MimeMessage sendTo(String address) {
    mailer.send(address, "test/plain", Map.of("subject", "件名の確認", "body", "本文です。"));
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipient(m).equals(address))
        .findFirst()
        .orElseThrow();
  }

  private static String recipient(MimeMessage m) {
    try {
      return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSenderNameIsTheSupernetContactName() throws Exception {
    SiteSetting original = settings.editable(Site.SUPERNET);
    String originalName = original.getContactName();
    String renamed = "やまぐち県民活動支援センター（" + UUID.randomUUID().toString().substring(0, 4) + "）";
    try {
      SiteSetting s = settings.editable(Site.SUPERNET);
      s.setContactName(renamed);
      settings.save(s, "mailer-test");

      MimeMessage mail = sendTo("mailer-" + UUID.randomUUID() + "@example.jp");

      InternetAddress from = (InternetAddress) mail.getFrom()[0];
      assertThat(from.getPersonal()).isEqualTo(renamed);
      assertThat(from.getAddress()).isEqualTo("noreply@example.jp");
      assertThat(mail.getSubject()).isEqualTo("件名の確認");
    } finally {
      SiteSetting back = settings.editable(Site.SUPERNET);
      back.setContactName(originalName);
      settings.save(back, "mailer-test");
    }
  }
}
