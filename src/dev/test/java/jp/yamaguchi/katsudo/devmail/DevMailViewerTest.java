package jp.yamaguchi.katsudo.devmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import jp.yamaguchi.katsudo.support.ScrollRegions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** With the development mail server running, staff read the mails the application sent. */
@SpringBootTest(properties = "katsudo.dev-mail.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DevMailViewerTest {

  @Autowired MockMvc mvc;
  @Autowired JavaMailSender sender;
  @Autowired DevMailServer server;

  @Test
  void itListensOnAFreePortAndTheApplicationSendsThere() {
    assertThat(server.port()).isPositive().isNotEqualTo(2525);
    assertThat(((org.springframework.mail.javamail.JavaMailSenderImpl) sender).getPort())
        .isEqualTo(server.port());
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void listsAndShowsDecodedJapaneseMails() throws Exception {
    int before = server.received().size();
    MimeMessage message = sender.createMimeMessage();
    var helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("noreply@example.jp");
    helper.setTo("member@example.jp");
    helper.setSubject("【あいかさねっと】仮登録が完了しました");
    helper.setText("山口 花子 様\n\nあいかさねっとへのご登録ありがとうございます。", false);
    sender.send(message);
    Awaitility.await().until(() -> server.received().size() > before);

    mvc.perform(get("/admin/"))
        .andExpect(content().string(containsString("href=\"/admin/settings/mails\"")));
    String list =
        mvc.perform(get("/admin/settings/mails"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("member@example.jp")))
            .andExpect(content().string(containsString("【あいかさねっと】仮登録が完了しました")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(ScrollRegions.assertEveryTableInANamedRegion(list)).isEqualTo(1);
    int number = before + 1;
    mvc.perform(get("/admin/settings/mails/" + number))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<pre class=\"mail-preview\">山口 花子 様")))
        .andExpect(content().string(containsString("あいかさねっとへのご登録ありがとうございます。")))
        .andExpect(content().string(containsString(">Subject</th>")))
        .andExpect(content().string(containsString("noreply@example.jp")));
    mvc.perform(get("/admin/settings/mails/" + (number + 100))).andExpect(status().isNotFound());
  }
}
