package jp.yamaguchi.katsudo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.event.EventFixtures;
import jp.yamaguchi.katsudo.event.EventKind;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10, item 5: staff screens name people, never internal actor ids: 「（public）」 becomes
 * 「（一般の投稿者）」, a staff login ID the staff member's display name.
 */
@IntegrationTest
@WithMockUser(username = "names-viewer", roles = "ADMIN")
class ActorNamesTest {

  @Autowired MockMvc mvc;
  @Autowired ActorNames names;
  @Autowired StaffAccounts staff;
  @Autowired NewsEditing news;
  @Autowired EventEditing events;
  @Autowired Clock clock;

  @Test
  void systemActorsReadAsJapaneseWordsAndUnknownIdsAsRecorded() {
    assertThat(names.of("public")).isEqualTo("一般の投稿者");
    assertThat(names.of("system")).isEqualTo("システム");
    assertThat(names.of("demo")).isEqualTo("デモデータ");
    assertThat(names.of("member:999999999")).isEqualTo("退会した会員");
    assertThat(names.of("山口（旧システム）")).isEqualTo("山口（旧システム）");
    assertThat(names.of(null)).isEmpty();
  }

  @Test
  void aPublicPostingShowsTheWordNotTheId() throws Exception {
    EventItem item =
        events.create(
            EventFixtures.content(
                EventKind.EVENT,
                EventFixtures.unique("一般からの依頼"),
                LocalDate.now(clock).plusDays(10),
                LocalDate.now(clock).plusDays(10),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0)),
            EventEditing.PUBLIC_ACTOR);
    mvc.perform(get("/admin/events/" + item.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("（一般の投稿者）")))
        .andExpect(content().string(not(containsString("（public）"))))
        .andExpect(content().string(not(containsString(">public<"))));
  }

  @Test
  void staffAreShownByTheirDisplayNameInSummaryListsAndHistory() throws Exception {
    String login = "names-" + UUID.randomUUID().toString().substring(0, 8);
    staff.create(login, "周南 花子", login + "@example.jp", "Names-Test-Pass-2026!", StaffRole.EDITOR);
    String title = "名前の表示 " + UUID.randomUUID().toString().substring(0, 8);
    NewsItem item =
        news.create(
            new NewsContent(Site.SUPERNET, NewsKind.NEWS, title, "本文です。", LocalDate.now(clock)),
            login);
    news.review(item.getId(), null, ReviewAction.SUBMIT, null, login);
    mvc.perform(get("/admin/news/" + item.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("周南 花子")))
        .andExpect(content().string(not(containsString(login))));
    mvc.perform(get("/admin/news").param("q", title))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("周南 花子")));
  }
}
