package jp.yamaguchi.katsudo.directory.web;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.review.ReviewSchedule;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryFixtures;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Directory entries published and taken down at a set time from the admin edit screen. */
@IntegrationTest
@WithMockUser(username = "directory-planner", roles = "EDITOR")
@DateSensitive
class DirectoryScheduleTest {

  @Autowired MockMvc mvc;
  @Autowired DirectoryEntries entries;
  @Autowired ReviewSchedule schedule;
  @Autowired Clock clock;

  Instant in(Duration d) {
    return clock.instant().plus(d);
  }

  static String local(Instant i) {
    return LocalDateTime.ofInstant(i, ClockConfig.ZONE)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
  }

  /** A registration in 仮登録 (directory entries are published only after review). */
  long draft() {
    long id =
        entries.createDraft(
            DirectoryFixtures.group(DirectoryFixtures.unique("予約公開の会")), "directory-planner");
    entries.submit(id, "directory-planner");
    return id;
  }

  ReviewState state(long id) {
    return entries.get(id).getReview().state();
  }

  @Test
  void theEditScreenSetsAPlanThatTheJobCarriesOut() throws Exception {
    long id = draft();
    String publishAt = local(in(Duration.ofDays(1)));
    String unpublishAt = local(in(Duration.ofDays(2)));
    mvc.perform(
            post("/admin/directory/" + id + "/schedule")
                .with(csrf())
                .param("publishAt", publishAt)
                .param("unpublishAt", unpublishAt))
        .andExpect(redirectedUrl("/admin/directory/" + id));
    mvc.perform(get("/admin/directory/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公開予定：")))
        .andExpect(content().string(containsString("公開終了予定：")))
        .andExpect(content().string(containsString("value=\"" + publishAt + "\"")));
    mvc.perform(get("/admin/schedules"))
        .andExpect(content().string(containsString("/admin/directory/" + id)))
        .andExpect(content().string(containsString("団体・企業")));

    schedule.runDue(in(Duration.ofHours(25)));
    assertThat(state(id)).isEqualTo(ReviewState.PUBLISHED);
    assertThat(schedule.planOf("directory", id).publishAt()).isNull();

    schedule.runDue(in(Duration.ofHours(49)));
    assertThat(state(id)).isEqualTo(ReviewState.PRIVATE);
  }

  @Test
  void badTimesAreRefusedInJapaneseWithTheValuesKept() throws Exception {
    long id = draft();
    mvc.perform(
            post("/admin/directory/" + id + "/schedule")
                .with(csrf())
                .param("publishAt", "2020-01-01T09:00")
                .param("unpublishAt", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公開予定日時は、今より後の日時を入力してください。")))
        .andExpect(content().string(containsString("value=\"2020-01-01T09:00\"")));

    String publishAt = local(in(Duration.ofDays(2)));
    String unpublishAt = local(in(Duration.ofDays(1)));
    mvc.perform(
            post("/admin/directory/" + id + "/schedule")
                .with(csrf())
                .param("publishAt", publishAt)
                .param("unpublishAt", unpublishAt))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公開終了日時は、公開予定日時より後の日時を入力してください。")))
        .andExpect(content().string(containsString("value=\"" + publishAt + "\"")))
        .andExpect(content().string(containsString("value=\"" + unpublishAt + "\"")));

    mvc.perform(
            post("/admin/directory/" + id + "/schedule")
                .with(csrf())
                .param("publishAt", "あした")
                .param("unpublishAt", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公開予定日時は「2026-04-01 09:00」のように")))
        .andExpect(content().string(containsString("value=\"あした\"")));
    assertThat(schedule.planOf("directory", id).empty()).isTrue();
  }
}
