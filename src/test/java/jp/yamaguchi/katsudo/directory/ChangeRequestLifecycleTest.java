package jp.yamaguchi.katsudo.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.directory.DirectoryPagesFixtures.Entry;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequest;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests;
import jp.yamaguchi.katsudo.directory.changes.ChangeState;
import jp.yamaguchi.katsudo.support.GuardedForms;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * 修正依頼: the public form filled with the live values, 確認 → 戻る keeps the typed values, 送信 stores a
 * request apart from the entry (the public page does not change), the registrant's confirmation
 * makes it wait for staff (the center is mailed), staff compare and approve (the entry changes, the
 * submitter is mailed, Envers records the staff member) or reject with a reason (mailed).
 */
@IntegrationTest
class ChangeRequestLifecycleTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired MockMvc mvc;
  @Autowired DirectoryPagesFixtures fixtures;
  @Autowired DirectoryEntries entries;
  @Autowired ChangeRequests changes;
  @Autowired FieldCrypto crypto;

  List<MimeMessage> mailsTo(String address, int expected) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= expected);
    return to(address);
  }

  List<MimeMessage> to(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  /** Carries the Spring Session cookie from response to request, for any kind of request. */
  class Browser {
    Cookie session;

    ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
      if (session != null) request.cookie(session);
      ResultActions result = mvc.perform(request);
      Cookie next = result.andReturn().getResponse().getCookie("SESSION");
      if (next != null) session = next.getMaxAge() == 0 ? null : next;
      return result;
    }
  }

  Document html(String body) {
    return Jsoup.parse(body);
  }

  /** The change form as the browser would send it, from the page's own fields. */
  MockMultipartHttpServletRequestBuilder formPost(
      long id, Document form, java.util.Map<String, String> overrides) {
    MockMultipartHttpServletRequestBuilder b = multipart("/directory/" + id + "/change");
    overrides.forEach(b::param);
    for (var input :
        form.select("form[enctype] input, form[enctype] textarea, form[enctype] select")) {
      String name = input.attr("name");
      if (name.isEmpty() || name.equals("website_confirm") || name.equals("form_token")) continue;
      if (overrides.containsKey(name)) continue;
      String type = input.attr("type");
      if (type.equals("file")) continue;
      // the person ticks every 登録要件 again, as a public submission must
      boolean tick = name.equals("requirements");
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked") && !tick) {
        continue;
      }
      String value =
          input.tagName().equals("select")
              ? input.select("option[selected]").val()
              : input.tagName().equals("textarea") ? input.text() : input.val();
      b.param(name, value);
    }
    b.with(GuardedForms.asAPerson(crypto, ChangeRequestController_GUARD));
    b.with(csrf());
    return b;
  }

  static final String ChangeRequestController_GUARD = "directory-change";

  @Test
  void aPublicChangeRequestChangesTheEntryOnlyAfterConfirmationAndApproval() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry e = new Entry(t + "見守りの会");
    e.activities = "旧い活動内容です。";
    e.registrantEmail = "reg-" + t + "@example.jp";
    long id = fixtures.save(e);
    Browser browser = new Browser();

    // the form is filled with the live values
    Document form =
        html(
            browser
                .perform(get("/directory/" + id + "/change"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(form.select("#activities").text()).isEqualTo("旧い活動内容です。");
    assertThat(form.select("#name").val()).isEqualTo(t + "見守りの会");
    // the private 登録担当者 fields are not in the public form, not even as values
    assertThat(form.select("#registrantEmail, #registrantName, #registrantPhone")).isEmpty();
    assertThat(form.html()).doesNotContain(e.registrantEmail);

    // a wrong value: a Japanese message, the other typed values kept
    browser
        .perform(
            formPost(id, form, java.util.Map.of("activities", "新しい活動内容です。", "nameKana", "カタカナ")))
        .andExpect(status().isOk())
        .andExpect(
            r -> {
              Document d = html(r.getResponse().getContentAsString());
              assertThat(d.title()).startsWith("エラー：");
              assertThat(d.select(".error-summary a[href=#nameKana]")).hasSize(1);
              assertThat(d.select("#activities").text()).isEqualTo("新しい活動内容です。");
              assertThat(d.select("#nameKana").val()).isEqualTo("カタカナ");
            });

    // 確認 → 戻る keeps the typed values
    browser
        .perform(
            formPost(
                id,
                form,
                java.util.Map.of(
                    "activities",
                    "新しい活動内容です。",
                    "note",
                    "活動内容を更新しました。",
                    "registrantEmail",
                    "evil-" + t + "@example.jp")))
        .andExpect(
            r ->
                assertThat(
                        html(r.getResponse().getContentAsString()).select(".error-summary").text())
                    .isEmpty())
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/directory/" + id + "/change/confirm"));
    Document confirm =
        html(
            browser
                .perform(get("/directory/" + id + "/change/confirm"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    var changedRows = confirm.select("tr[data-changed]");
    assertThat(changedRows.select("th").eachText()).containsExactly("活動内容・業務内容");
    assertThat(changedRows.text()).contains("新しい活動内容です。").contains("修正");
    Document back =
        html(
            browser
                .perform(get("/directory/" + id + "/change"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(back.select("#activities").text()).isEqualTo("新しい活動内容です。");
    assertThat(back.select("#note").text()).isEqualTo("活動内容を更新しました。");

    // 送信: stored apart, waiting for the registrant's confirmation; the entry is unchanged
    browser
        .perform(post("/directory/" + id + "/change/confirm").with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/directory/changes/sent"));
    ChangeRequest request = latestFor(id);
    assertThat(request.getState()).isEqualTo(ChangeState.UNCONFIRMED);
    assertThat(request.getSubmittedBy()).isEqualTo("public");
    assertThat(changes.proposed(request).registrantEmail())
        .as("a public request cannot change the private registrant address")
        .isEqualTo(e.registrantEmail);
    assertThat(confirm.html()).doesNotContain(e.registrantEmail);
    assertPublicActivities(id, "旧い活動内容です。");
    // the session no longer holds the form: 確認 goes back to an empty form
    browser
        .perform(get("/directory/" + id + "/change/confirm"))
        .andExpect(redirectedUrl("/directory/" + id + "/change"));

    // the registrant confirms by the mailed link: the center hears of it; the entry is unchanged
    MimeMessage link = mailsTo(e.registrantEmail, 1).getFirst();
    assertThat(body(link)).contains("修正依頼：" + t + "見守りの会");
    var token =
        java.util.regex.Pattern.compile("submission/confirm\\?token=([A-Za-z0-9_-]{43})")
            .matcher(body(link));
    assertThat(token.find()).isTrue();
    mvc.perform(post("/submission/confirm").with(csrf()).param("token", token.group(1)))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/directory/changes/thanks"));
    assertThat(changes.get(request.getId()).getState()).isEqualTo(ChangeState.PENDING);
    assertPublicActivities(id, "旧い活動内容です。");
    assertThatThrownBy(() -> changes.confirmed(request.getId()))
        .isInstanceOf(BusinessException.class);
    List<MimeMessage> center = mailsTo("center@example.jp", 1);
    assertThat(center.stream().map(this::subject)).contains("修正依頼あり：" + t + "見守りの会");

    // staff compare: the changed field is marked in words
    Document compare =
        html(
            mvc.perform(
                    get("/admin/directory/changes/" + request.getId())
                        .with(user("dir-reviewer").roles("EDITOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    var row = compare.select("tr[data-changed]");
    assertThat(row.select("th").text()).isEqualTo("活動内容・業務内容");
    assertThat(row.select("td").eachText()).containsExactly("旧い活動内容です。", "新しい活動内容です。", "修正あり");
    assertThat(compare.text()).contains("活動内容を更新しました。");

    // approve: the entry changes, the submitter is mailed, the history names the staff member
    mvc.perform(
            post("/admin/directory/changes/" + request.getId() + "/approve")
                .param("version", String.valueOf(changes.get(request.getId()).getVersion()))
                .with(user("dir-reviewer").roles("EDITOR"))
                .with(csrf()))
        .andExpect(status().isFound());
    assertThat(changes.get(request.getId()).getState()).isEqualTo(ChangeState.APPROVED);
    assertThat(changes.get(request.getId()).getDecidedBy()).isEqualTo("dir-reviewer");
    assertPublicActivities(id, "新しい活動内容です。");
    assertThat(entries.get(id).getUpdatedBy()).isEqualTo("dir-reviewer");
    mailsTo(e.registrantEmail, 2);
    MimeMessage approved =
        to(e.registrantEmail).stream()
            .filter(m -> subject(m).contains("修正依頼を掲載に反映しました"))
            .findFirst()
            .orElseThrow();
    assertThat(subject(approved)).contains("修正依頼を掲載に反映しました");
    assertThat(body(approved)).contains("/directory/" + id);
  }

  @Test
  void aRejectionNeedsAReasonAndMailsItTheEntryStaysAsItWas() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry e = new Entry(t + "却下の会");
    e.activities = "元の内容です。";
    e.registrantEmail = "rej-" + t + "@example.jp";
    long id = fixtures.save(e);
    var sent =
        changes.submit(
            id, withActivities(entries.content(id), "変更案です。"), entries.get(id).getVersion(), null);
    assertThat(sent.mailed()).isTrue();
    changes.confirmed(sent.id());
    long version = changes.get(sent.id()).getVersion();

    String page =
        mvc.perform(
                post("/admin/directory/changes/" + sent.id() + "/reject")
                    .param("version", String.valueOf(version))
                    .param("reason", "  ")
                    .with(user("dir-reviewer").roles("EDITOR"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html(page).title()).startsWith("エラー：");
    assertThat(html(page).select(".error-summary").text()).contains("却下の理由を入力してください");
    assertThat(changes.get(sent.id()).getState()).isEqualTo(ChangeState.PENDING);

    mvc.perform(
            post("/admin/directory/changes/" + sent.id() + "/reject")
                .param("version", String.valueOf(version))
                .param("reason", "内容が確認できませんでした。")
                .with(user("dir-reviewer").roles("EDITOR"))
                .with(csrf()))
        .andExpect(status().isFound());
    assertThat(changes.get(sent.id()).getState()).isEqualTo(ChangeState.REJECTED);
    assertPublicActivities(id, "元の内容です。");
    mailsTo(e.registrantEmail, 2);
    MimeMessage mail =
        to(e.registrantEmail).stream()
            .filter(m -> subject(m).contains("修正依頼について"))
            .findFirst()
            .orElseThrow();
    assertThat(body(mail)).contains("内容が確認できませんでした。");

    // a decided request cannot be approved afterwards
    assertThatThrownBy(() -> changes.approve(sent.id(), version + 1, "x"))
        .isInstanceOf(BusinessException.class);
    assertPublicActivities(id, "元の内容です。");
  }

  @Test
  void onlyOneRequestPerEntryWaitsForStaffAndOnlyPublishedEntriesTakeRequests() throws Exception {
    String t = DirectoryPagesFixtures.token();
    long id = fixtures.save(new Entry(t + "重複の会"));
    long version = entries.get(id).getVersion();
    var first = changes.submit(id, withActivities(entries.content(id), "案1"), version, null);
    var second = changes.submit(id, withActivities(entries.content(id), "案2"), version, null);
    changes.confirmed(first.id());
    assertThatThrownBy(() -> changes.confirmed(second.id()))
        .isInstanceOf(BusinessException.class)
        .hasMessage("dirpages.changes.e.pending");

    Entry pending = new Entry(t + "審査中の会");
    pending.state = jp.yamaguchi.katsudo.core.review.ReviewState.PENDING;
    long pendingId = fixtures.save(pending);
    mvc.perform(get("/directory/" + pendingId + "/change")).andExpect(status().isNotFound());
  }

  private ChangeRequest latestFor(long entryId) {
    return changes.list(null, PageRequest.of(0, 200)).getContent().stream()
        .filter(r -> r.getEntryId() == entryId)
        .findFirst()
        .or(
            () ->
                changes.list(ChangeState.UNCONFIRMED, PageRequest.of(0, 200)).getContent().stream()
                    .filter(r -> r.getEntryId() == entryId)
                    .findFirst())
        .orElseThrow();
  }

  private void assertPublicActivities(long id, String expected) throws Exception {
    String page =
        mvc.perform(get("/directory/" + id)).andReturn().getResponse().getContentAsString();
    assertThat(page).contains(expected);
  }

  private String body(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  private String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  static jp.yamaguchi.katsudo.directory.domain.DirectoryContent withActivities(
      jp.yamaguchi.katsudo.directory.domain.DirectoryContent c, String activities) {
    var f = jp.yamaguchi.katsudo.directory.web.DirectoryForm.from(c);
    f.setActivities(activities);
    return f.toContent();
  }
}
