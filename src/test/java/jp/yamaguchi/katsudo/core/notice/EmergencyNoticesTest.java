package jp.yamaguchi.katsudo.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
@DateSensitive
class EmergencyNoticesTest {

  @Autowired Clock clock;
  @Autowired EmergencyNotices notices;

  private static String messageOf(Throwable e) {
    return ((BusinessException) e).messageId();
  }

  @Test
  void anEndBeforeOrAtTheStartIsRefused() {
    Instant start = clock.instant();
    assertThatThrownBy(
            () -> notices.save(null, Site.SUPERNET, "題名", "本文", start, start.minusSeconds(60), "t"))
        .isInstanceOf(BusinessException.class)
        .extracting(EmergencyNoticesTest::messageOf)
        .isEqualTo("e.notice.endsAt.beforeStart");
    assertThatThrownBy(() -> notices.save(null, Site.SUPERNET, "題名", "本文", start, start, "t"))
        .extracting(EmergencyNoticesTest::messageOf)
        .isEqualTo("e.notice.endsAt.beforeStart");
  }

  @Test
  void requiredValuesAndLengthsAreChecked() {
    Instant now = clock.instant();
    assertThatThrownBy(() -> notices.save(null, null, "題名", "本文", now, null, "t"))
        .extracting(EmergencyNoticesTest::messageOf)
        .isEqualTo("e.notice.site.required");
    assertThatThrownBy(() -> notices.save(null, Site.SUPERNET, " ", "本文", now, null, "t"))
        .extracting(EmergencyNoticesTest::messageOf)
        .isEqualTo("e.notice.title.required");
    assertThatThrownBy(
            () -> notices.save(null, Site.SUPERNET, "題名", "あ".repeat(1001), now, null, "t"))
        .extracting(EmergencyNoticesTest::messageOf)
        .isEqualTo("e.notice.body.length");
    assertThatThrownBy(() -> notices.save(null, Site.SUPERNET, "題名", "本文", null, null, "t"))
        .extracting(EmergencyNoticesTest::messageOf)
        .isEqualTo("e.notice.startsAt.required");
  }

  @Test
  void stateAndSearchFollowTheClock() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Instant now = clock.instant();
    EmergencyNotice active =
        notices.save(null, Site.AIKASANET, "表示中" + tag, "本文", now.minusSeconds(60), null, "t");
    EmergencyNotice scheduled =
        notices.save(
            null, Site.AIKASANET, "予定" + tag, "本文", now.plus(Duration.ofDays(1)), null, "t");
    EmergencyNotice ended =
        notices.save(
            null,
            Site.AIKASANET,
            "終了" + tag,
            "本文",
            now.minus(Duration.ofDays(2)),
            now.minus(Duration.ofDays(1)),
            "t");
    try {
      assertThat(active.stateAt(now)).isEqualTo(NoticeState.ACTIVE);
      assertThat(scheduled.stateAt(now)).isEqualTo(NoticeState.SCHEDULED);
      assertThat(ended.stateAt(now)).isEqualTo(NoticeState.ENDED);
      assertThat(titles(NoticeState.ACTIVE))
          .contains("表示中" + tag)
          .doesNotContain("予定" + tag, "終了" + tag);
      assertThat(titles(NoticeState.SCHEDULED)).contains("予定" + tag).doesNotContain("表示中" + tag);
      assertThat(titles(NoticeState.ENDED)).contains("終了" + tag).doesNotContain("表示中" + tag);
      assertThat(notices.search(Site.SUPERNET, null, PageRequest.of(0, 1000)).getContent())
          .extracting(EmergencyNotice::getTitle)
          .doesNotContain("表示中" + tag);
      assertThat(notices.active(Site.AIKASANET))
          .extracting(ActiveNotice::title)
          .contains("表示中" + tag)
          .doesNotContain("予定" + tag, "終了" + tag);
      assertThat(notices.active(Site.SUPERNET))
          .extracting(ActiveNotice::title)
          .doesNotContain("表示中" + tag);
      assertThat(notices.countActive()).isGreaterThanOrEqualTo(1);
    } finally {
      notices.delete(active.getId());
      notices.delete(scheduled.getId());
      notices.delete(ended.getId());
    }
    assertThat(notices.active(Site.AIKASANET))
        .extracting(ActiveNotice::title)
        .doesNotContain("表示中" + tag);
  }

  private java.util.List<String> titles(NoticeState state) {
    return notices.search(Site.AIKASANET, state, PageRequest.of(0, 1000)).getContent().stream()
        .map(EmergencyNotice::getTitle)
        .toList();
  }
}
