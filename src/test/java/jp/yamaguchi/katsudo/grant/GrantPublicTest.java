package jp.yamaguchi.katsudo.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public grant pages: list order, search, detail, calendar and the iCal feeds. */
@IntegrationTest
@DateSensitive
class GrantPublicTest {

  @Autowired Clock clock;

  LocalDate today() {
    return LocalDate.now(clock);
  }

  @Autowired MockMvc mvc;
  @Autowired GrantEditing editing;
  GrantFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new GrantFixtures(editing);
  }

  @Test
  void listShowsOpenCallsFirstNearestDeadlineFirstThenClosedOnesAndStatuses() throws Exception {
    String word = GrantFixtures.unique("order");
    Grant closedLong =
        fixtures.published(
            GrantFixtures.content(
                word + " closedlong", List.of(), null, null, null, today().minusDays(40)));
    Grant closedRecent =
        fixtures.published(
            GrantFixtures.content(
                word + " closedrecent", List.of(), null, null, null, today().minusDays(1)));
    Grant far =
        fixtures.published(
            GrantFixtures.content(
                word + " far", List.of(), null, null, null, today().plusDays(60)));
    Grant today =
        fixtures.published(
            GrantFixtures.content(word + " today", List.of(), null, null, null, today()));
    Grant draft =
        fixtures.draft(
            GrantFixtures.content(
                word + " draft", List.of(), null, null, null, today().plusDays(5)));

    mvc.perform(get("/grants").param("q", word))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>助成を探す | 県民活動スーパーネット</title>")))
        .andExpect(content().string(containsString("検索結果（4件）")))
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "/grants/" + today.getId() + "\"",
                        "締切間近",
                        "/grants/" + far.getId() + "\"",
                        "募集中",
                        "/grants/" + closedRecent.getId() + "\"",
                        "募集終了",
                        "/grants/" + closedLong.getId() + "\"")))
        .andExpect(content().string(not(containsString(word + " draft"))));
    mvc.perform(get("/grants").param("q", word).param("open", "true"))
        .andExpect(content().string(containsString("検索結果（2件）")))
        .andExpect(content().string(not(containsString(word + " closedrecent"))));
    mvc.perform(get("/grants/" + draft.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/grants/" + draft.getId() + ".ics")).andExpect(status().isNotFound());
  }

  @Test
  void searchByFieldAreaAmountAndDeadlineRange() throws Exception {
    String word = GrantFixtures.unique("search");
    Grant env =
        fixtures.published(
            GrantFixtures.content(
                word + " env",
                List.of("f07", "f13"),
                "prefecture",
                300_000L,
                null,
                today().plusDays(30)));
    Grant kids =
        fixtures.published(
            GrantFixtures.content(
                word + " kids",
                List.of("f13"),
                "nationwide",
                1_000_000L,
                null,
                today().plusDays(90)));
    Grant unknown =
        fixtures.published(
            GrantFixtures.content(
                word + " nomoney", List.of("f01"), "prefecture", null, null, today().plusDays(10)));

    mvc.perform(get("/grants").param("q", word).param("field", "f07"))
        .andExpect(content().string(containsString("検索結果（1件）")))
        .andExpect(content().string(containsString(word + " env")));
    mvc.perform(get("/grants").param("q", word).param("field", "f13"))
        .andExpect(content().string(containsString("検索結果（2件）")));
    mvc.perform(get("/grants").param("q", word).param("area", "prefecture"))
        .andExpect(content().string(containsString("検索結果（2件）")))
        .andExpect(content().string(not(containsString(word + " kids"))));
    mvc.perform(get("/grants").param("q", word).param("amount", "500000"))
        .andExpect(content().string(containsString("検索結果（1件）")))
        .andExpect(content().string(containsString("/grants/" + kids.getId() + "\"")));
    mvc.perform(
            get("/grants")
                .param("q", word)
                .param("from", today().plusDays(20).toString())
                .param("to", today().plusDays(60).toString()))
        .andExpect(content().string(containsString("検索結果（1件）")))
        .andExpect(content().string(containsString("/grants/" + env.getId() + "\"")));
    assertThat(unknown.getAmountMax()).isNull();
    // a mistyped amount: a Japanese message, the typed value kept, no crash
    mvc.perform(get("/grants").param("q", word).param("amount", "たくさん"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("金額は半角数字（円単位）で入力してください（例：300000）。")))
        .andExpect(content().string(containsString("value=\"たくさん\"")))
        .andExpect(content().string(containsString("value=\"" + word + "\"")));
  }

  @Test
  void detailShowsEveryFieldAndTheCalendarLink() throws Exception {
    String word = GrantFixtures.unique("detail");
    Grant g =
        fixtures.published(
            GrantFixtures.content(
                word,
                List.of("f07"),
                "prefecture",
                500_000L,
                today().minusDays(5),
                today().plusDays(20)));
    mvc.perform(get("/grants/" + g.getId()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "<h1 class=\"page-title\" id=\"grant-title\">" + word + "</h1>")))
        .andExpect(content().string(containsString("公益財団法人やまぐち未来基金")))
        .andExpect(content().string(containsString("環境の保全")))
        .andExpect(content().string(containsString("県内全域")))
        .andExpect(content().string(containsString("上限500000円")))
        .andExpect(content().string(containsString("〒753-0001")))
        .andExpect(content().string(containsString("href=\"mailto:kikin@example.jp\"")))
        .andExpect(content().string(containsString("datetime=\"" + today().plusDays(20) + "\"")))
        .andExpect(content().string(containsString("href=\"/grants/" + g.getId() + ".ics\"")))
        .andExpect(content().string(containsString("募集中")));
  }

  @Test
  void calendarTableAndListShowTheMonthsDeadlines() throws Exception {
    String word = GrantFixtures.unique("cal");
    YearMonth month = YearMonth.of(2031, 3);
    Grant g =
        fixtures.published(
            GrantFixtures.content(word, List.of(), null, null, null, month.atDay(14)));
    mvc.perform(get("/grants/calendar").param("month", "2031-03"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>2031年3月の助成の締切 | 県民活動スーパーネット</title>")))
        .andExpect(
            content()
                .string(containsString("<caption id=\"grant-calendar-caption\">2031年3月の助成の締切")))
        .andExpect(content().string(containsString("<th scope=\"col\">日</th>")))
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "<table", word, "</table>", "締切日の一覧", "2031年3月14日", word)))
        .andExpect(content().string(containsString("month=2031-02")))
        .andExpect(content().string(containsString("month=2031-04")));
    mvc.perform(get("/grants/calendar").param("month", "2031-13")).andExpect(status().isNotFound());
    mvc.perform(get("/grants/calendar").param("month", "1500-01")).andExpect(status().isNotFound());
    assertThat(g.getId()).isNotNull();
  }

  @Test
  void icalFeedsParseBackWithAllDayDeadlines() throws Exception {
    String word = GrantFixtures.unique("ical");
    Grant g =
        fixtures.published(
            GrantFixtures.content(word, List.of(), null, null, null, today().plusDays(7)));
    Grant old =
        fixtures.published(
            GrantFixtures.content(
                word + " old", List.of(), null, null, null, today().minusDays(200)));

    String one =
        mvc.perform(get("/grants/" + g.getId() + ".ics"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    Calendar calendar = new CalendarBuilder().build(new StringReader(one));
    List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
    assertThat(events).hasSize(1);
    VEvent e = events.getFirst();
    assertThat(e.getSummary().getValue()).isEqualTo("【締切】" + word);
    assertThat(e.getDateTimeStart().getValue())
        .isEqualTo(today().plusDays(7).toString().replace("-", ""));
    assertThat(e.getDateTimeStart().getParameter("VALUE").map(p -> p.getValue())).contains("DATE");
    assertThat(e.getDateTimeEnd().getValue())
        .isEqualTo(today().plusDays(8).toString().replace("-", ""));
    assertThat(e.getProperty(Property.URL).map(Property::getValue).orElseThrow())
        .endsWith("/grants/" + g.getId());

    String feed =
        mvc.perform(get("/grants/deadlines.ics"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    List<VEvent> all =
        new CalendarBuilder().build(new StringReader(feed)).getComponents(VEvent.VEVENT);
    assertThat(all).anyMatch(v -> v.getSummary().getValue().equals("【締切】" + word));
    assertThat(all).noneMatch(v -> v.getSummary().getValue().equals("【締切】" + word + " old"));
    assertThat(old.getId()).isNotNull();
  }
}
