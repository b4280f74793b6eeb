package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.facility.FacilityCalendar;
import jp.yamaguchi.katsudo.facility.domain.Booking;
import jp.yamaguchi.katsudo.facility.domain.BookingState;
import jp.yamaguchi.katsudo.facility.domain.Facility;
import jp.yamaguchi.katsudo.facility.domain.FacilityBookings;
import jp.yamaguchi.katsudo.facility.domain.FacilitySlot;
import jp.yamaguchi.katsudo.news.NewsFixtures;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Supernet HOME and the facility booking calendar in a browser: axe at phone and desktop widths,
 * the calendar by keyboard, the staff's month grid and the scheduling form on a news item.
 */
class HomeFacilityBrowserTest extends BrowserTest {

  static final String SECRET_BOOKER = "秘密の予約者ブラウザ";

  @Autowired FacilityBookings bookings;
  @Autowired NewsEditing news;

  /** A booking in this month (day 2) with a booker the public must never see. */
  void bookSomething() {
    Facility printer = bookings.activeFacilities().getFirst();
    FacilitySlot slot = bookings.activeSlots().getFirst();
    YearMonth month = YearMonth.now(clock);
    LocalDate day = month.atDay(2);
    if (bookings.booking(printer.getId(), day, slot.getId()).isPresent()) return;
    String key = FacilityBookings.cellKey(day, slot.getId());
    bookings.saveGrid(printer.getId(), month, Map.of(), Map.of(key, "BOOKED"), "browser");
    Booking b = bookings.booking(printer.getId(), day, slot.getId()).orElseThrow();
    bookings.updateBooking(
        b.getId(), b.getVersion(), BookingState.BOOKED, SECRET_BOOKER, "内部メモ", "browser");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void homeIsAccessibleAndShowsTheCalendar(int width) {
    bookSomething();
    new NewsFixtures(news)
        .published(
            Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("ブラウザのお知らせ"), LocalDate.now(clock));
    Page page = open("/", width);
    assertThat(page.locator("h1")).hasText("県民活動スーパーネット");
    Locator table = page.locator("#home-slot table");
    assertThat(table.locator("caption")).containsText("の予約状況");
    assertThat(table).containsText("予約済");
    assertThat(page.locator("body")).not().containsText(SECRET_BOOKER);
    Locator week = page.locator("#home-slot .home-facility__week");
    if (width == PHONE) {
      // a phone gets the next seven days as a list, not the month's 31-row table
      assertThat(table).isHidden();
      assertThat(week.locator(".day-list__day")).hasCount(FacilityCalendar.WEEK_DAYS);
      assertThat(week.locator(".day-list__day").first()).containsText("（今日）");
      assertThat(
              page.getByRole(
                  AriaRole.LINK, new Page.GetByRoleOptions().setName("設備の予約状況のページへ（月ごとの表示）")))
          .isVisible();
    } else {
      assertThat(table).isVisible();
      assertThat(week).isHidden();
    }
    assertAccessible(page, "home");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void theCalendarPageIsAccessible(int width) {
    bookSomething();
    Page page = open("/facility/calendar", width);
    assertThat(page.locator("h1")).hasText("設備の予約状況");
    int days = YearMonth.now(clock).lengthOfMonth();
    assertThat(page.locator("tbody tr")).hasCount(days);
    assertThat(page.locator("body")).not().containsText(SECRET_BOOKER);
    assertThat(page.locator("body")).not().containsText("内部メモ");
    assertAccessible(page, "facility-calendar");
    // the other view is one link away: the table on a phone, the list of days on a wide screen
    Locator list = page.locator("#facility-calendar-list");
    Locator table = page.locator("#facility-calendar-table table");
    if (width == PHONE) {
      assertThat(table).isHidden();
      assertThat(list.locator(".day-list__day")).hasCount(days);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("表で見る（日付と設備の一覧表）")).click();
      assertThat(table).isVisible();
      assertAccessible(page, "facility-calendar-table");
    } else {
      assertThat(list).isHidden();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("日付ごとの一覧で見る")).click();
      assertThat(list.locator(".day-list__day")).hasCount(days);
      assertThat(list).isVisible();
      assertThat(table).isVisible();
      assertAccessible(page, "facility-calendar-list");
    }
  }

  @Test
  void theCalendarWorksWithTheKeyboard() {
    Page page = open("/facility/calendar", DESKTOP);
    YearMonth next = YearMonth.now(clock).plusMonths(1);
    String nextLabel = "次の月（" + next.getYear() + "年" + next.getMonthValue() + "月）";
    // Tab from the top of the page until the next-month link has the focus
    boolean reached = false;
    for (int i = 0; i < 80 && !reached; i++) {
      page.keyboard().press("Tab");
      reached = nextLabel.equals(page.evaluate("() => document.activeElement.textContent.trim()"));
    }
    assertThat(reached).as("the next-month link is reachable with Tab").isTrue();
    page.keyboard().press("Enter");
    assertThat(page).hasURL(url("/facility/calendar?month=" + next));
    assertThat(page.locator("caption"))
        .containsText(next.getYear() + "年" + next.getMonthValue() + "月の予約状況");
    // after the page changed, Tab from the top of the new page reaches the table's scroll region
    boolean region = false;
    for (int i = 0; i < 80 && !region; i++) {
      page.keyboard().press("Tab");
      region =
          (Boolean)
              page.evaluate("() => document.activeElement.classList.contains('table-scroll')");
    }
    assertThat(region).as("the table region can be reached and scrolled by keyboard").isTrue();
  }

  @Test
  void staffEnterBookingsInTheGridAndScheduleNews() {
    Page page = newPage(DESKTOP);
    page.navigate(url("/admin/login"));
    page.locator("#username").fill(ADMIN);
    page.locator("#password").fill(ADMIN_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン").setExact(true))
        .click();
    assertThat(page).hasURL(url("/admin/"));
    page.navigate(url("/admin/facility"));
    assertAccessible(page, "admin-facility-grid");
    YearMonth month = YearMonth.now(clock);
    Locator cell =
        page.getByLabel(
            month.getMonthValue() + "月20日 夜間", new Page.GetByLabelOptions().setExact(true));
    cell.selectOption("TENTATIVE");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("予約状況を保存する"))
        .first()
        .click();
    assertThat(page.locator(".notice").first()).containsText("件の予約状況を保存しました");

    Page pub = sameContextPage();
    pub.navigate(url("/facility/calendar"));
    assertThat(pub.locator("tbody tr").nth(19)).containsText("仮予約");

    page.navigate(url("/admin/home"));
    assertAccessible(page, "admin-home");
    page.navigate(url("/admin/home/banners/new"));
    assertAccessible(page, "admin-home-banner");
    page.navigate(url("/admin/facility/setup"));
    assertAccessible(page, "admin-facility-setup");

    NewsItem item =
        new NewsFixtures(news)
            .draft(
                Site.SUPERNET,
                NewsKind.NEWS,
                NewsFixtures.unique("予約するお知らせ"),
                LocalDate.now(clock));
    page.navigate(url("/admin/news/" + item.getId()));
    page.getByLabel("公開予定日時").fill(LocalDate.now(clock).plusDays(3) + "T09:00");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("予約を保存する")).click();
    assertThat(page.locator("#review-schedule-title + ul")).containsText("公開予定：");
    assertAccessible(page, "admin-news-schedule");
    page.navigate(url("/admin/schedules"));
    assertAccessible(page, "admin-schedules");
  }
}
