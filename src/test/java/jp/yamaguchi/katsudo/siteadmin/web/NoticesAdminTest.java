package jp.yamaguchi.katsudo.siteadmin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotice;
import jp.yamaguchi.katsudo.core.notice.EmergencyNoticeRepository;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotices;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(username = "notice-editor", roles = "EDITOR")
@DateSensitive
class NoticesAdminTest {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired EmergencyNotices notices;
  @Autowired EmergencyNoticeRepository repository;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void cleanUp() {
    repository.findAll().stream()
        .filter(n -> n.getTitle().contains(tag))
        .forEach(n -> notices.delete(n.getId()));
  }

  private String at(long minutesFromNow) {
    return LocalDateTime.now(clock).plusMinutes(minutesFromNow).format(LOCAL);
  }

  private EmergencyNotice mine(String title) {
    return repository.findAll().stream()
        .filter(n -> n.getTitle().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private void create(String site, String title, long startMinutes, Long endMinutes)
      throws Exception {
    mvc.perform(
            post("/admin/notices/new")
                .with(csrf())
                .param("site", site)
                .param("title", title)
                .param("body", "大雨のため、本日は16時で閉館します。\nご迷惑をおかけします。")
                .param("startsAt", at(startMinutes))
                .param("endsAt", endMinutes == null ? "" : at(endMinutes)))
        .andExpect(redirectedUrl("/admin/notices"))
        .andExpect(flash().attribute("success", "緊急のお知らせ「" + title + "」を作成しました。"));
  }

  @Test
  void editorsManageNotices() throws Exception {
    mvc.perform(get("/admin/notices"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("緊急のお知らせを作成する")));
    mvc.perform(get("/admin/notices/new"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("type=\"datetime-local\"")));
  }

  @Test
  void anActiveNoticeShowsOnEveryPageOfItsSiteOnly() throws Exception {
    String active = "臨時休館" + tag;
    String future = "予定のお知らせ" + tag;
    String past = "終わったお知らせ" + tag;
    create("AIKASANET", active, -5, 60L);
    create("AIKASANET", future, 60, null);
    create("AIKASANET", past, -120, -60L);

    for (String page : new String[] {"/aikasanet/", "/aikasanet/terms", "/aikasanet/no-such"}) {
      mvc.perform(get(page))
          .andExpect(content().string(containsString("class=\"emergency\"")))
          .andExpect(content().string(containsString(active)))
          .andExpect(content().string(containsString("大雨のため、本日は16時で閉館します。")))
          .andExpect(content().string(not(containsString(future))))
          .andExpect(content().string(not(containsString(past))));
    }
    for (String page : new String[] {"/", "/terms"}) {
      mvc.perform(get(page)).andExpect(content().string(not(containsString(active))));
    }

    mvc.perform(get("/admin/notices").param("site", "AIKASANET").param("state", "ACTIVE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(active)))
        .andExpect(content().string(containsString(">表示中</span>")))
        .andExpect(content().string(not(containsString(future))));
    mvc.perform(get("/admin/notices").param("state", "SCHEDULED"))
        .andExpect(content().string(containsString(future)))
        .andExpect(content().string(not(containsString(active))));
    mvc.perform(get("/admin/notices").param("state", "ENDED").param("sort", "title"))
        .andExpect(content().string(containsString(past)))
        .andExpect(content().string(containsString("aria-sort=\"ascending\"")));

    // ending it now takes it off the site at once
    EmergencyNotice n = mine(active);
    mvc.perform(
            post("/admin/notices/" + n.getId() + "/edit")
                .with(csrf())
                .param("site", "AIKASANET")
                .param("title", active)
                .param("body", "終了しました。")
                .param("startsAt", at(-5))
                .param("endsAt", at(-1)))
        .andExpect(redirectedUrl("/admin/notices"));
    assertThat(mine(active).getUpdatedBy()).isEqualTo("notice-editor");
    mvc.perform(get("/aikasanet/")).andExpect(content().string(not(containsString(active))));
  }

  @Test
  void anEndBeforeTheStartIsExplainedAndValuesKept() throws Exception {
    String title = "確認用" + tag;
    String start = at(60);
    String end = at(30);
    mvc.perform(
            post("/admin/notices/new")
                .with(csrf())
                .param("site", "SUPERNET")
                .param("title", title)
                .param("body", "")
                .param("startsAt", start)
                .param("endsAt", end))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：緊急のお知らせを作成する")))
        .andExpect(content().string(containsString("表示終了日時は、表示開始日時より後の日時を入力してください。")))
        .andExpect(content().string(containsString("本文を入力してください。")))
        .andExpect(content().string(containsString("href=\"#endsAt\"")))
        .andExpect(content().string(containsString("value=\"" + title + "\"")))
        .andExpect(content().string(containsString("value=\"" + start + "\"")))
        .andExpect(content().string(containsString("value=\"" + end + "\"")));
    assertThat(repository.findAll()).extracting(EmergencyNotice::getTitle).doesNotContain(title);

    mvc.perform(
            post("/admin/notices/new")
                .with(csrf())
                .param("title", "x".repeat(201))
                .param("body", "本文")
                .param("startsAt", "明日の朝"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("表示するサイトを選んでください。")))
        .andExpect(content().string(containsString("題名は200文字以内で入力してください。")))
        .andExpect(content().string(containsString("表示開始日時を正しい日時で入力してください")))
        .andExpect(content().string(containsString("value=\"明日の朝\"")))
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "error-summary",
                        "href=\"#site\"",
                        "href=\"#title\"",
                        "href=\"#startsAt\"",
                        "</ul>")));
  }

  @Test
  void deletingAsksFirst() throws Exception {
    String title = "削除用" + tag;
    create("SUPERNET", title, -1, null);
    EmergencyNotice n = mine(title);
    mvc.perform(get("/admin/notices/" + n.getId() + "/delete"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("緊急のお知らせ「" + title + "」を削除しますか")))
        .andExpect(content().string(containsString("このお知らせは表示中です。")));
    mvc.perform(get("/")).andExpect(content().string(containsString(title)));
    mvc.perform(post("/admin/notices/" + n.getId() + "/delete").with(csrf()))
        .andExpect(redirectedUrl("/admin/notices"));
    assertThat(repository.findAll()).extracting(EmergencyNotice::getTitle).doesNotContain(title);
    mvc.perform(get("/")).andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/admin/notices/" + n.getId() + "/edit")).andExpect(status().isNotFound());
  }

  @Test
  void theDashboardCountsActiveNotices() throws Exception {
    long before = notices.countActive();
    create("SUPERNET", "集計用" + tag, -1, null);
    mvc.perform(get("/admin/"))
        .andExpect(content().string(containsString("表示中の緊急のお知らせ")))
        .andExpect(content().string(containsString("href=\"/admin/notices?state=ACTIVE\"")));
    assertThat(notices.countActive()).isEqualTo(before + 1);
  }
}
