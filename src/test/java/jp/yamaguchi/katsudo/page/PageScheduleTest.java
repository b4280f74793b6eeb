package jp.yamaguchi.katsudo.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.review.ReviewSchedule;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Fixed pages published and taken down at a set time by the scheduled-publishing job. */
@IntegrationTest
@WithMockUser(username = "page-planner", roles = "EDITOR")
@DateSensitive
class PageScheduleTest {

  @Autowired MockMvc mvc;
  @Autowired PageEditing editing;
  @Autowired PageRepository repository;
  @Autowired ReviewSchedule schedule;
  @Autowired Clock clock;

  static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }

  @Test
  void aPageIsPublishedAndTakenDownAtItsTimes() throws Exception {
    String slug = unique("yoyaku");
    long id =
        editing.create(
            Site.SUPERNET,
            new PageInput(
                null,
                slug,
                "予約公開のページ",
                "説明文",
                NavArea.NONE,
                10,
                List.of(new Block.Text("<p>本文</p>"))));
    String at =
        LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(1)), ClockConfig.ZONE)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    String end =
        LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(2)), ClockConfig.ZONE)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    mvc.perform(
            post("/admin/pages/" + id + "/schedule")
                .with(csrf())
                .param("publishAt", at)
                .param("unpublishAt", end))
        .andExpect(redirectedUrl("/admin/pages/" + id));
    mvc.perform(get("/admin/pages/" + id))
        .andExpect(content().string(containsString("公開予定：")))
        .andExpect(content().string(containsString("公開終了予定：")));
    mvc.perform(get("/" + slug)).andExpect(status().isNotFound());

    schedule.runDue(clock.instant().plus(Duration.ofHours(25)));
    assertThat(repository.findById(id).orElseThrow().getState()).isEqualTo(PageState.PUBLISHED);
    assertThat(repository.findById(id).orElseThrow().getPublishedBy()).isEqualTo("page-planner");

    schedule.runDue(clock.instant().plus(Duration.ofHours(49)));
    assertThat(repository.findById(id).orElseThrow().getState()).isEqualTo(PageState.UNPUBLISHED);
  }

  @Test
  void aPastTimeIsRefusedInJapaneseWithTheValueKept() throws Exception {
    long id =
        editing.create(
            Site.SUPERNET,
            new PageInput(
                null,
                unique("kako"),
                "過去の予約",
                "説明文",
                NavArea.NONE,
                10,
                List.of(new Block.Text("<p>本文</p>"))));
    mvc.perform(
            post("/admin/pages/" + id + "/schedule")
                .with(csrf())
                .param("publishAt", "2020-01-01T09:00")
                .param("unpublishAt", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公開予定日時は、今より後の日時を入力してください。")))
        .andExpect(content().string(containsString("value=\"2020-01-01T09:00\"")));
  }
}
