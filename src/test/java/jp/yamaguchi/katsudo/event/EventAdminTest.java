package jp.yamaguchi.katsudo.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.review.ScheduledReviewTarget;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import jp.yamaguchi.katsudo.event.domain.EventSearch;
import jp.yamaguchi.katsudo.home.HomeContributor;
import jp.yamaguchi.katsudo.home.HomeSection;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The staff's event screens (create with Japanese errors, edit, copy, review, delete), the home
 * section and the scheduled publishing target.
 */
@IntegrationTest
class EventAdminTest {

  @Autowired MockMvc mvc;
  @Autowired EventEditing editing;
  @Autowired List<HomeContributor> home;
  @Autowired List<ScheduledReviewTarget> targets;
  EventFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new EventFixtures(editing);
  }

  MockMultipartHttpServletRequestBuilder form(String url, String... pairs) {
    MockMultipartHttpServletRequestBuilder b = multipart(url);
    for (int i = 0; i + 1 < pairs.length; i += 2) b.param(pairs[i], pairs[i + 1]);
    b.with(csrf()).with(user("editor-ev").roles("EDITOR"));
    return b;
  }

  EventItem byTitle(String title) {
    return editing
        .search(
            new EventSearch(null, null, null, null, null, null, title), null, false, null, false, 0)
        .getContent()
        .getFirst();
  }

  @Test
  void staffCreateADraftWithErrorsExplainedThenPublishCopyAndDelete() throws Exception {
    mvc.perform(get("/admin/events/new").with(user("editor-ev").roles("EDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("イベント・募集の新規作成")));
    String title = EventFixtures.unique("職員が書いた講座");
    // errors: Japanese, values kept
    mvc.perform(
            form(
                "/admin/events",
                "kind",
                "COURSE",
                "title",
                title,
                "organiser",
                "センター",
                "startDate",
                "2095-01-10",
                "endDate",
                "2095-01-09",
                "body",
                "内容"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("終了日は開始日と同じ日か、それより後の日にしてください。")))
        .andExpect(content().string(containsString("value=\"" + title + "\"")))
        .andExpect(content().string(containsString("value=\"2095-01-09\"")));
    mvc.perform(
            form(
                "/admin/events",
                "kind",
                "COURSE",
                "title",
                title,
                "organiser",
                "センター",
                "startDate",
                "2095-01-10",
                "body",
                "",
                "organisationId",
                "abc"))
        .andExpect(content().string(containsString("内容を入力してください。")))
        .andExpect(content().string(containsString("主催団体の名簿IDは半角数字で入力してください。")));

    mvc.perform(
            form(
                "/admin/events",
                "kind",
                "COURSE",
                "title",
                title,
                "organiser",
                "センター",
                "startDate",
                "2095-01-10",
                "startTime",
                "10:00",
                "body",
                "パソコン講座です。",
                "fields",
                "f02",
                "organisationId",
                "42"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("success", containsString("下書きとして保存しました")));
    EventItem item = byTitle(title);
    assertThat(item.review().state()).isEqualTo(ReviewState.DRAFT);
    assertThat(item.getEndDate()).isEqualTo(LocalDate.of(2095, 1, 10));
    assertThat(item.getOrganisationId()).isEqualTo(42L);
    assertThat(item.getCreatedBy()).isEqualTo("editor-ev");

    // staff-written content may be published straight from the draft
    mvc.perform(get("/admin/events/" + item.getId()).with(user("editor-ev").roles("EDITOR")))
        .andExpect(content().string(containsString(">公開する</button>")));
    mvc.perform(
            post("/admin/events/" + item.getId() + "/review")
                .with(csrf())
                .with(user("editor-ev").roles("EDITOR"))
                .param("action", "PUBLISH")
                .param("version", String.valueOf(item.getVersion())))
        .andExpect(redirectedUrl("/admin/events/" + item.getId()));
    assertThat(editing.get(item.getId()).review().state()).isEqualTo(ReviewState.PUBLISHED);
    mvc.perform(get("/events/" + item.getId())).andExpect(status().isOk());

    // edit with an outdated version is refused
    mvc.perform(
            form(
                "/admin/events/" + item.getId(),
                "version",
                "0",
                "kind",
                "COURSE",
                "title",
                title + "改",
                "organiser",
                "センター",
                "startDate",
                "2095-01-10",
                "body",
                "内容"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ほかの人が先にこのイベント・募集を更新しました。")));

    // history shows the steps
    mvc.perform(get("/admin/events/" + item.getId()).with(user("editor-ev").roles("EDITOR")))
        .andExpect(content().string(containsString("editor-ev")));

    // copy: a new form filled from the item
    mvc.perform(
            get("/admin/events/new")
                .param("copyOf", String.valueOf(item.getId()))
                .with(user("editor-ev").roles("EDITOR")))
        .andExpect(content().string(containsString("をコピーして作成しています。")))
        .andExpect(content().string(containsString("value=\"" + title + "\"")));

    // send back needs a reason
    EventItem other =
        fixtures.draft(
            EventFixtures.content(
                EventKind.EVENT,
                EventFixtures.unique("差し戻し"),
                LocalDate.of(2095, 2, 1),
                null,
                null,
                null));
    editing.review(other.getId(), null, ReviewAction.SUBMIT, null, "editor-ev");
    mvc.perform(
            post("/admin/events/" + other.getId() + "/review")
                .with(csrf())
                .with(user("editor-ev").roles("EDITOR"))
                .param("action", "SEND_BACK")
                .param("reason", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("差し戻しの理由を入力してください。")));

    // delete through its confirmation page
    mvc.perform(
            get("/admin/events/" + item.getId() + "/delete")
                .with(user("editor-ev").roles("EDITOR")))
        .andExpect(content().string(containsString("イベント・募集を削除しますか")));
    mvc.perform(
            post("/admin/events/" + item.getId() + "/delete")
                .with(csrf())
                .with(user("editor-ev").roles("EDITOR")))
        .andExpect(redirectedUrl("/admin/events"));
    assertThat(editing.find(item.getId())).isEmpty();
    mvc.perform(get("/events/" + item.getId())).andExpect(status().isNotFound());
  }

  @Test
  void theListFiltersByStateAndWords() throws Exception {
    String marker = EventFixtures.unique("一覧絞り込み");
    fixtures.published(marker + "公開", LocalDate.of(2095, 3, 1), LocalDate.of(2095, 3, 1));
    fixtures.draft(
        EventFixtures.content(
            EventKind.EVENT, marker + "下書き", LocalDate.of(2095, 3, 2), null, null, null));
    mvc.perform(
            get("/admin/events")
                .param("q", marker)
                .param("state", "DRAFT")
                .with(user("editor-ev").roles("EDITOR")))
        .andExpect(content().string(containsString(marker + "下書き")))
        .andExpect(content().string(not(containsString(marker + "公開"))));
    mvc.perform(
            get("/admin/events")
                .param("q", marker)
                .param("sort", "title")
                .param("dir", "asc")
                .with(user("editor-ev").roles("EDITOR")))
        .andExpect(content().string(containsString(marker + "下書き")))
        .andExpect(content().string(containsString(marker + "公開")));
    mvc.perform(get("/admin/events")).andExpect(status().is3xxRedirection());
  }

  @Test
  void homeShowsTheNewestPublishedAndTheScheduleTargetPublishesAndUnpublishes() {
    HomeContributor recruitments =
        home.stream()
            .filter(h -> h.section() == HomeSection.RECRUITMENTS)
            .findFirst()
            .orElseThrow();
    assertThat(recruitments.listPath()).isEqualTo("/events");
    String title = EventFixtures.unique("最新の募集");
    EventItem draft =
        fixtures.draft(
            EventFixtures.content(
                EventKind.CALL, title, LocalDate.of(2095, 5, 1), null, null, null));
    assertThat(recruitments.newest(3)).noneMatch(e -> e.title().equals(title));

    ScheduledReviewTarget target =
        targets.stream().filter(t -> t.contentType().equals("event")).findFirst().orElseThrow();
    assertThat(target.perform(draft.getId(), ReviewAction.PUBLISH, "scheduler-editor")).isTrue();
    assertThat(editing.get(draft.getId()).review().state()).isEqualTo(ReviewState.PUBLISHED);
    var newest = recruitments.newest(3);
    assertThat(newest).hasSizeLessThanOrEqualTo(3);
    assertThat(newest.getFirst().title()).isEqualTo(title);
    assertThat(newest.getFirst().path()).isEqualTo("/events/" + draft.getId());
    assertThat(newest.getFirst().note()).contains("参加その他（作品・意見等）募集").contains("2095年5月1日");

    assertThat(target.perform(draft.getId(), ReviewAction.UNPUBLISH, "scheduler-editor")).isTrue();
    assertThat(editing.get(draft.getId()).review().state()).isEqualTo(ReviewState.PRIVATE);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> target.perform(draft.getId(), ReviewAction.UNPUBLISH, "scheduler-editor"))
        .isInstanceOf(BusinessException.class);
    assertThat(target.perform(Long.MAX_VALUE, ReviewAction.PUBLISH, "scheduler-editor")).isFalse();
  }
}
