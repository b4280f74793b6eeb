package jp.yamaguchi.katsudo.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.contact.domain.Inquiries;
import jp.yamaguchi.katsudo.contact.domain.Inquiry;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.support.GuardedForms;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The contact form: input, 確認, 戻る, 送信; storage, mails, abuse limits and the staff's list. */
@IntegrationTest
class ContactFormTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired MockMvc mvc;
  @Autowired FieldCrypto crypto;
  @Autowired Inquiries inquiries;
  @Autowired JdbcClient jdbc;

  static String address() {
    return "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
  }

  static MockHttpServletRequestBuilder filled(String url, String email, String... extra) {
    MockHttpServletRequestBuilder b =
        post(url)
            .with(csrf())
            .param("kind", "CENTER")
            .param("name", "山口 花子")
            .param("email", email)
            .param("phone", "０８３－９０１－２３４０")
            .param("message", "会議室の予約について教えてください。\n土曜日は空いていますか。")
            .param("agreed", "true");
    for (int i = 0; i < extra.length; i += 2) b.param(extra[i], extra[i + 1]);
    return b;
  }

  @Test
  void theFormShowsEveryErrorInJapaneseAndKeepsTheValues() throws Exception {
    mvc.perform(
            post("/contact/confirm")
                .with(csrf())
                .param("name", "")
                .param("email", "hanako@example.jp\r\nBcc: victim@example.jp")
                .param("phone", "abc")
                .param("message", "内容は残ります"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("お問い合わせの種類を選んでください。")))
        .andExpect(content().string(containsString("お名前を入力してください。")))
        .andExpect(
            content().string(containsString("メールアドレスは「center@example.jp」のような形で、半角で入力してください。")))
        .andExpect(content().string(containsString("電話番号は数字とハイフンで入力してください（例：083-901-2340）。")))
        .andExpect(content().string(containsString("個人情報の取り扱いに同意する場合は、チェックを入れてください。")))
        .andExpect(content().string(containsString("内容は残ります")))
        .andExpect(content().string(containsString("value=\"abc\"")));
  }

  @Test
  void confirmThenBackKeepsTheValuesThenSendStoresEncryptedAndMailsBoth() throws Exception {
    String email = address();
    mvc.perform(filled("/contact/confirm", email))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("お問い合わせ内容の確認")))
        .andExpect(content().string(containsString("センターの利用について")))
        .andExpect(content().string(containsString(email)));
    mvc.perform(filled("/contact", email))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + email + "\"")))
        .andExpect(content().string(containsString("土曜日は空いていますか。")));

    var result =
        mvc.perform(filled("/contact/send", email).with(GuardedForms.asAPerson(crypto, "contact")))
            .andExpect(redirectedUrl("/contact/sent"))
            .andReturn();
    long id = (Long) result.getFlashMap().get("receiptNumber");
    Inquiry stored = inquiries.get(id);
    assertThat(stored.getEmail()).isEqualTo(email);
    assertThat(stored.getPhone()).isEqualTo("083-901-2340");
    String raw =
        jdbc.sql("SELECT email || name || message FROM contact_inquiry WHERE id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(raw).doesNotContain(email).doesNotContain("山口").doesNotContain("会議室");

    MimeMessage receipt = mailsTo(email).getFirst();
    assertThat(receipt.getSubject()).contains("お問い合わせを受け付けました（受付番号" + id + "）");
    assertThat(receipt.getContent().toString())
        .contains("センターの利用について")
        .doesNotContain("会議室")
        .doesNotContain("山口 花子");
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> mailsTo("center@example.jp", "受付番号" + id + "）").size() == 1);
    String toCenter =
        mailsTo("center@example.jp", "受付番号" + id + "）").getFirst().getContent().toString();
    assertThat(toCenter).contains("山口 花子").contains(email).contains("土曜日は空いていますか。");
  }

  @Test
  void aSubmissionWithoutTheGuardIsRefusedAndTheAddressLimitStopsMailBombing() throws Exception {
    String email = address();
    mvc.perform(filled("/contact/send", email))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("value=\"" + email + "\"")));
    for (int i = 0; i < 3; i++) {
      mvc.perform(filled("/contact/send", email).with(GuardedForms.asAPerson(crypto, "contact")))
          .andExpect(redirectedUrl("/contact/sent"));
    }
    mvc.perform(filled("/contact/send", email).with(GuardedForms.asAPerson(crypto, "contact")))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().string(containsString("短時間に送信が続いたため")));
  }

  @Test
  void theSentPageNeedsASubmission() throws Exception {
    mvc.perform(get("/contact/sent")).andExpect(redirectedUrl("/contact"));
    mvc.perform(get("/contact"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("個人情報保護方針を読む")));
  }

  @Test
  void staffListAndMarkInquiriesHandled() throws Exception {
    String email = address();
    Inquiry inquiry =
        inquiries.receive(
            jp.yamaguchi.katsudo.core.site.Site.SUPERNET,
            jp.yamaguchi.katsudo.contact.domain.InquiryKind.SITE,
            "周南 太郎",
            email,
            null,
            "検索の使い方を教えてください。");
    var staff = user("contact-staff").roles("EDITOR");
    mvc.perform(get("/admin/contact").with(staff))
        .andExpect(content().string(containsString("周南 太郎")));
    mvc.perform(get("/admin/contact/" + inquiry.getId()).with(staff))
        .andExpect(content().string(containsString(email)))
        .andExpect(content().string(containsString("検索の使い方を教えてください。")));
    mvc.perform(post("/admin/contact/" + inquiry.getId() + "/handled").with(csrf()).with(staff))
        .andExpect(flash().attribute("success", "対応済みにしました。"));
    assertThat(inquiries.get(inquiry.getId()).isHandled()).isTrue();
    assertThat(inquiries.get(inquiry.getId()).getHandledBy()).isEqualTo("contact-staff");
    mvc.perform(get("/admin/contact").with(staff))
        .andExpect(
            content().string(not(containsString("/admin/contact/" + inquiry.getId() + "\""))));
    mvc.perform(get("/admin/contact/" + inquiry.getId())).andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/contact/" + inquiry.getId() + "/delete").with(csrf()).with(staff))
        .andExpect(redirectedUrl("/admin/contact"));
    mvc.perform(get("/admin/contact/" + inquiry.getId()).with(staff))
        .andExpect(status().isNotFound());
  }

  List<MimeMessage> mailsTo(String address) {
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !mailsTo(address, "").isEmpty());
    return mailsTo(address, "");
  }

  List<MimeMessage> mailsTo(String address, String subjectPart) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address))
                    && m.getSubject().contains(subjectPart);
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }
}
