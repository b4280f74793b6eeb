package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalTime;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.event.EventKind;
import jp.yamaguchi.katsudo.event.domain.EventContent;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * イベント・募集 as people use them: list, search, calendar (reached and used with the keyboard), detail
 * and the posting form, with axe at phone and desktop widths.
 */
class EventBrowserTest extends BrowserTest {

  @Autowired EventEditing editing;

  EventItem published(String title, LocalDate start, LocalDate end, LocalTime from, LocalTime to) {
    EventItem item =
        editing.create(
            new EventContent(
                EventKind.EVENT,
                title,
                "NPO法人 やまぐち里山ネット",
                null,
                start,
                end,
                from,
                to,
                "雨天の場合は翌日に延期",
                "山口市 中央公園 芝生広場",
                "里山の大切さを知っていただくため",
                "里山の生き物を観察します。\n長靴でお越しください。",
                java.util.List.of("f07"),
                "municipalities",
                java.util.List.of("yamaguchi"),
                "無料",
                "どなたでも",
                null,
                null,
                "電話でお申し込みください。",
                "やまぐち里山ネット 083-000-0000",
                "山口市",
                "https://example.jp/satoyama",
                java.util.List.of()),
            "browser-editor");
    editing.review(item.getId(), null, ReviewAction.PUBLISH, null, "browser-editor");
    return item;
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void publicEventPagesAreAccessibleAndTheCalendarWorksWithTheKeyboard(int width) {
    String title = "里山の観察会" + width;
    EventItem item =
        published(
            title,
            LocalDate.of(2096, 6, 13),
            LocalDate.of(2096, 6, 14),
            LocalTime.of(9, 30),
            LocalTime.of(12, 0));
    published(
        "夏の自然教室" + width,
        LocalDate.now(clock).plusDays(3),
        LocalDate.now(clock).plusDays(3),
        null,
        null);

    Page page = open("/events", width);
    assertThat(page.locator("h1")).hasText("イベント・募集を探す");
    assertThat(page.locator(".event-list .news-list__item")).not().hasCount(0);
    assertAccessible(page, "event-list");

    page.navigate(url("/events/search?kind=EVENT&field=f07"));
    assertAccessible(page, "event-search");

    page.navigate(url("/events/archive"));
    assertAccessible(page, "event-archive");

    page.navigate(url("/events/calendar?month=2096-06"));
    assertThat(page.locator("caption")).containsText("2096年6月のカレンダー");
    assertAccessible(page, "event-calendar");
    if (width == PHONE) {
      // a phone shows the month as a list first; the table is one link away
      assertThat(page.locator("#event-month-list")).isInViewport();
      assertThat(page.locator("table")).isHidden();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("この月をカレンダー（表）で見る")).click();
      assertThat(page.locator("table")).isVisible();
      assertAccessible(page, "event-calendar-table");
    }
    // Tab from the top of the page to the event's first link in the table, then Enter
    page.locator("body").focus();
    boolean reached = false;
    for (int i = 0; i < 120 && !reached; i++) {
      page.keyboard().press("Tab");
      reached =
          (Boolean)
              page.evaluate(
                  "t => !!(document.activeElement && document.activeElement.closest('td')"
                      + " && document.activeElement.textContent.trim() === t)",
                  title);
    }
    org.assertj.core.api.Assertions.assertThat(reached).as("event link reached by Tab").isTrue();
    page.keyboard().press("Enter");
    assertThat(page).hasURL(url("/events/" + item.getId()));
    assertThat(page.locator("h1")).hasText(title);
    assertAccessible(page, "event-detail");

    page.goBack();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("次の月（2096年7月）")).click();
    assertThat(page.locator("h1")).hasText("2096年7月のイベント・募集");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void thePostingFormIsAccessibleAlsoWithErrors(int width) {
    Page page = open("/events/post", width);
    assertThat(page.locator("h1")).hasText("イベント・募集情報の掲載依頼");
    assertAccessible(page, "event-post");
    page.getByLabel("タイトル").fill("春の観察会");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入力内容を確認する")).click();
    assertThat(page.locator(".error-summary")).isVisible();
    assertThat(page.getByLabel("タイトル")).hasValue("春の観察会");
    assertAccessible(page, "event-post-errors");

    // filled in properly: the confirmation page, and 戻る keeps the values
    page.locator("#kind").check();
    page.locator("#organiser").fill("山口自然の会");
    page.locator("#startDate").fill("2096-05-10");
    page.locator("#body").fill("春の草花を観察します。");
    page.locator("#submitterName").fill("山口 花子");
    page.locator("#submitterEmail").fill("browser-poster@example.jp");
    page.locator("#agreed").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入力内容を確認する")).click();
    assertThat(page.locator("h1")).hasText("掲載依頼の内容の確認");
    assertThat(page.locator("main")).containsText("春の草花を観察します。");
    assertAccessible(page, "event-post-confirm");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("戻って修正する")).click();
    assertThat(page.locator("#organiser")).hasValue("山口自然の会");
    assertThat(page.locator("#agreed")).isChecked();
  }
}
