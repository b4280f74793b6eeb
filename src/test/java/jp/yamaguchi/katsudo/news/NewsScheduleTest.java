package jp.yamaguchi.katsudo.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewHistory;
import jp.yamaguchi.katsudo.core.review.ReviewSchedule;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scheduled publishing and expiry (core.review.ReviewSchedule) with news, its reference target: the
 * job acts on due plans only, once, as the staff member who planned it, and records refusals.
 */
@IntegrationTest
@DateSensitive
class NewsScheduleTest {

  @Autowired MockMvc mvc;
  @Autowired NewsEditing editing;
  @Autowired ReviewSchedule schedule;
  @Autowired ReviewHistory history;
  @Autowired Clock clock;
  NewsFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new NewsFixtures(editing);
  }

  NewsItem draft() {
    return fixtures.draft(
        Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("予約"), LocalDate.now(clock));
  }

  Instant in(Duration d) {
    return clock.instant().plus(d);
  }

  ReviewState state(NewsItem item) {
    return editing.get(item.getId()).review().state();
  }

  @Test
  void theJobPublishesDueItemsAndLeavesFutureOnes() {
    NewsItem due = draft();
    NewsItem later = draft();
    schedule.set("news", due.getId(), in(Duration.ofHours(1)), null, "planner-a");
    schedule.set("news", later.getId(), in(Duration.ofHours(3)), null, "planner-b");

    schedule.runDue(in(Duration.ofHours(2)));

    assertThat(state(due)).isEqualTo(ReviewState.PUBLISHED);
    assertThat(state(later)).isEqualTo(ReviewState.DRAFT);
    assertThat(schedule.planOf("news", due.getId()).empty()).isTrue();
    assertThat(schedule.planOf("news", later.getId()).publishAt()).isNotNull();
    // performed as the staff member who planned it
    assertThat(history.of("news", due.getId()).getFirst().actor()).isEqualTo("planner-a");
    assertThat(editing.get(due.getId()).review().reviewedBy()).isEqualTo("planner-a");
  }

  @Test
  void theJobUnpublishesAtExpiry() {
    NewsItem item =
        fixtures.published(
            Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("期限"), LocalDate.now(clock));
    schedule.set("news", item.getId(), null, in(Duration.ofHours(1)), "planner");

    schedule.runDue(in(Duration.ofMinutes(30)));
    assertThat(state(item)).isEqualTo(ReviewState.PUBLISHED);

    schedule.runDue(in(Duration.ofMinutes(61)));
    assertThat(state(item)).isEqualTo(ReviewState.PRIVATE);
  }

  @Test
  void publishThenExpireInOneSchedule() {
    NewsItem item = draft();
    schedule.set("news", item.getId(), in(Duration.ofHours(1)), in(Duration.ofHours(5)), "planner");
    schedule.runDue(in(Duration.ofHours(2)));
    assertThat(state(item)).isEqualTo(ReviewState.PUBLISHED);
    assertThat(schedule.planOf("news", item.getId()).unpublishAt()).isNotNull();
    schedule.runDue(in(Duration.ofHours(6)));
    assertThat(state(item)).isEqualTo(ReviewState.PRIVATE);
  }

  @Test
  void aDoubleRunActsOnce() throws Exception {
    NewsItem item = draft();
    schedule.set("news", item.getId(), in(Duration.ofMinutes(10)), null, "planner");
    Instant at = in(Duration.ofMinutes(20));

    // two "servers" at the same moment, then a late re-run
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ReviewSchedule.RunResult>> runs = new ArrayList<>();
    Callable<ReviewSchedule.RunResult> run =
        () -> {
          start.await();
          return schedule.runDue(at);
        };
    runs.add(pool.submit(run));
    runs.add(pool.submit(run));
    start.countDown();
    for (Future<ReviewSchedule.RunResult> f : runs) f.get();
    pool.shutdown();
    schedule.runDue(at);

    long publishes =
        history.of("news", item.getId()).stream()
            .filter(e -> e.to() == ReviewState.PUBLISHED)
            .count();
    assertThat(publishes).isEqualTo(1);
    assertThat(state(item)).isEqualTo(ReviewState.PUBLISHED);
    assertThat(schedule.planOf("news", item.getId()).lastFailure()).isNull();
  }

  @Test
  void anActionTheStateNoLongerAllowsIsRecordedAndNotRetried() {
    NewsItem item = draft();
    schedule.set("news", item.getId(), in(Duration.ofHours(1)), null, "planner");
    // meanwhile a colleague published it by hand
    editing.review(item.getId(), null, ReviewAction.PUBLISH, null, "colleague");

    ReviewSchedule.RunResult first = schedule.runDue(in(Duration.ofHours(2)));
    assertThat(first.failed()).isGreaterThanOrEqualTo(1);
    ReviewSchedule.Plan plan = schedule.planOf("news", item.getId());
    assertThat(plan.lastFailure()).isNotNull();
    assertThat(plan.lastFailure().failure()).contains("公開", "できません");
    assertThat(plan.empty()).isTrue();

    // not retried: the history keeps only the colleague's publish
    schedule.runDue(in(Duration.ofHours(3)));
    assertThat(
            history.of("news", item.getId()).stream()
                .filter(e -> e.to() == ReviewState.PUBLISHED)
                .map(ReviewHistory.Entry::actor))
        .containsExactly("colleague");
    assertThat(schedule.inState(ReviewSchedule.State.FAILED, 1000))
        .anyMatch(e -> e.contentId() == item.getId() && e.contentType().equals("news"));
  }

  @Test
  void aPlanForADeletedItemIsDropped() {
    NewsItem item = draft();
    schedule.set("news", item.getId(), in(Duration.ofHours(1)), null, "planner");
    editing.delete(item.getId());
    schedule.runDue(in(Duration.ofHours(2)));
    assertThat(schedule.inState(ReviewSchedule.State.PENDING, 1000))
        .noneMatch(e -> e.contentId() == item.getId() && e.contentType().equals("news"));
    assertThat(schedule.inState(ReviewSchedule.State.FAILED, 1000))
        .noneMatch(e -> e.contentId() == item.getId() && e.contentType().equals("news"));
  }

  @Test
  void settingAgainReplacesThePlanAndEmptyClearsIt() {
    NewsItem item = draft();
    schedule.set("news", item.getId(), in(Duration.ofHours(1)), null, "planner");
    schedule.set("news", item.getId(), in(Duration.ofHours(4)), null, "planner");
    schedule.runDue(in(Duration.ofHours(2)));
    assertThat(state(item)).isEqualTo(ReviewState.DRAFT);
    schedule.set("news", item.getId(), null, null, "planner");
    assertThat(schedule.planOf("news", item.getId()).empty()).isTrue();
    schedule.runDue(in(Duration.ofHours(5)));
    assertThat(state(item)).isEqualTo(ReviewState.DRAFT);
  }

  @Test
  void timesInThePastOrInTheWrongOrderAreRefused() {
    NewsItem item = draft();
    assertThatThrownBy(
            () -> schedule.set("news", item.getId(), in(Duration.ofHours(-1)), null, "p"))
        .isInstanceOf(BusinessException.class)
        .hasMessage("e.schedule.publishAt.past");
    assertThatThrownBy(
            () ->
                schedule.set(
                    "news", item.getId(), in(Duration.ofHours(3)), in(Duration.ofHours(2)), "p"))
        .isInstanceOf(BusinessException.class)
        .hasMessage("e.schedule.unpublishAt.order");
  }

  static String local(Instant i) {
    return LocalDateTime.ofInstant(i, jp.yamaguchi.katsudo.core.ClockConfig.ZONE)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
  }

  @Test
  @WithMockUser(username = "sched-editor", roles = "EDITOR")
  void theEditScreenSetsThePlanAndShowsJapaneseErrorsWithValuesKept() throws Exception {
    NewsItem item = draft();
    String publishAt = local(in(Duration.ofDays(2)));
    mvc.perform(
            post("/admin/news/" + item.getId() + "/schedule")
                .with(csrf())
                .param("publishAt", publishAt)
                .param("unpublishAt", ""))
        .andExpect(redirectedUrl("/admin/news/" + item.getId()));
    assertThat(schedule.planOf("news", item.getId()).publishAt()).isNotNull();
    mvc.perform(get("/admin/news/" + item.getId()))
        .andExpect(content().string(containsString("公開予定：")))
        .andExpect(content().string(containsString("value=\"" + publishAt + "\"")));

    // end before start: Japanese message, both values kept
    String unpublishAt = local(in(Duration.ofDays(1)));
    mvc.perform(
            post("/admin/news/" + item.getId() + "/schedule")
                .with(csrf())
                .param("publishAt", publishAt)
                .param("unpublishAt", unpublishAt))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公開終了日時は、公開予定日時より後の日時を入力してください。")))
        .andExpect(content().string(containsString("value=\"" + publishAt + "\"")))
        .andExpect(content().string(containsString("value=\"" + unpublishAt + "\"")));

    // not a date
    mvc.perform(
            post("/admin/news/" + item.getId() + "/schedule")
                .with(csrf())
                .param("publishAt", "あした")
                .param("unpublishAt", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公開予定日時は「2026-04-01 09:00」のように")))
        .andExpect(content().string(containsString("value=\"あした\"")));
  }

  @Test
  @WithMockUser(username = "sched-editor", roles = "EDITOR")
  void theScheduleListShowsPendingAndFailedPlans() throws Exception {
    NewsItem item = draft();
    schedule.set("news", item.getId(), in(Duration.ofDays(3)), null, "list-planner");
    mvc.perform(get("/admin/schedules"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/admin/news/" + item.getId())))
        .andExpect(content().string(containsString("list-planner")));
  }
}
