package jp.yamaguchi.katsudo.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.event.domain.EventContent;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public event pages: upcoming list and archive split by the end date, detail only when
 * published, the month calendar, search filters and the JSON-LD.
 */
@IntegrationTest
@DateSensitive
class EventPublicTest {

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired EventEditing editing;
  EventFixtures fixtures;
  LocalDate today;

  @BeforeEach
  void setUp() {
    fixtures = new EventFixtures(editing);
    today = LocalDate.now(clock);
  }

  @Test
  void pastEventsMoveToTheArchiveByTheirEndDate() throws Exception {
    String upcoming = EventFixtures.unique("来月の観察会");
    String running = EventFixtures.unique("開催中の展示");
    String ended = EventFixtures.unique("昨日終わった講座");
    String draft = EventFixtures.unique("下書きの観察会");
    fixtures.published(upcoming, today.plusDays(30), today.plusDays(30));
    fixtures.published(running, today.minusDays(3), today);
    EventItem past = fixtures.published(ended, today.minusDays(5), today.minusDays(1));
    EventItem d =
        fixtures.draft(EventFixtures.content(EventKind.EVENT, draft, today, today, null, null));

    mvc.perform(get("/events").param("q", upcoming))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(upcoming)));
    mvc.perform(get("/events").param("q", running))
        .andExpect(content().string(containsString(running)));
    mvc.perform(get("/events").param("q", ended))
        .andExpect(content().string(not(containsString(">" + ended + "<"))))
        .andExpect(content().string(containsString("条件に合うイベント・募集はありません。")));
    mvc.perform(get("/events/archive").param("q", ended))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(">" + ended + "<")));
    mvc.perform(get("/events/archive").param("q", running))
        .andExpect(content().string(not(containsString(">" + running + "<"))));
    mvc.perform(get("/events").param("q", draft))
        .andExpect(content().string(not(containsString(">" + draft + "<"))));

    mvc.perform(get("/events/" + past.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("このイベント・募集は終了しました。")));
    mvc.perform(get("/events/" + d.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/events/" + d.getId() + ".ics")).andExpect(status().isNotFound());
  }

  @Test
  void detailShowsTheFieldsWithTheirLabelsAndLineBreaks() throws Exception {
    String title = EventFixtures.unique("里山の観察会");
    EventItem e =
        fixtures.published(
            EventFixtures.content(
                EventKind.COURSE,
                title,
                LocalDate.of(2090, 12, 5),
                LocalDate.of(2090, 12, 5),
                LocalTime.of(13, 30),
                LocalTime.of(15, 0)));
    mvc.perform(get("/events/" + e.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>" + title + " | 県民活動スーパーネット</title>")))
        .andExpect(content().string(containsString("2090年12月5日（火） 13:30～15:00")))
        .andExpect(content().string(containsString(title + "の内容です。<br>二行目です。")))
        .andExpect(content().string(containsString("環境の保全")))
        .andExpect(content().string(containsString("山口県内市町（山口市）")))
        .andExpect(content().string(containsString(">講座<")))
        .andExpect(content().string(containsString("href=\"/events/" + e.getId() + ".ics\"")));
  }

  @Test
  void calendarPutsEachEventOnEveryDayItSpansWithinTheMonth() throws Exception {
    // 2091-03: starts on a Thursday, 31 days; nothing else uses that month
    String single = EventFixtures.unique("三月一日の会");
    String span = EventFixtures.unique("月をまたぐ展示");
    String outside = EventFixtures.unique("四月の会");
    EventItem a = fixtures.published(single, LocalDate.of(2091, 3, 1), LocalDate.of(2091, 3, 1));
    EventItem b = fixtures.published(span, LocalDate.of(2091, 2, 27), LocalDate.of(2091, 3, 2));
    fixtures.published(outside, LocalDate.of(2091, 4, 1), LocalDate.of(2091, 4, 1));

    String html =
        mvc.perform(get("/events/calendar").param("month", "2091-03"))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .string(containsString("<caption id=\"event-calendar-caption\">2091年3月のカレンダー")))
            .andExpect(content().string(containsString("<th scope=\"col\"")))
            .andExpect(content().string(containsString("href=\"/events/calendar?month=2091-02\"")))
            .andExpect(content().string(containsString("href=\"/events/calendar?month=2091-04\"")))
            .andExpect(content().string(not(containsString(outside))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(cell(html, "2091-03-01")).contains(single).contains(span);
    assertThat(cell(html, "2091-03-02")).contains(span).doesNotContain(single);
    assertThat(cell(html, "2091-03-03")).doesNotContain(span);
    assertThat(cell(html, "2091-03-31")).isNotNull();
    // March 2091 begins on a Thursday: four empty cells before the 1st
    assertThat(html).containsPattern("<tr>\\s*(<td>\\s*</td>\\s*){4}<td data-weekday=\"4\"");
    // the list alternative has each event once
    String list = html.substring(html.indexOf("id=\"event-month-list\""));
    assertThat(count(list, ">" + span + "<")).isEqualTo(1);
    assertThat(list).contains("2091年2月27日（火）～2091年3月2日（金）");

    String feb =
        mvc.perform(get("/events/calendar").param("month", "2091-02"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(cell(feb, "2091-02-27")).contains(span);
    assertThat(cell(feb, "2091-02-28")).contains(span);
    assertThat(feb).contains("href=\"/events/" + b.getId() + "\"");
    assertThat(feb).doesNotContain("href=\"/events/" + a.getId() + "\"");

    mvc.perform(get("/events/calendar").param("month", "2091-13")).andExpect(status().isNotFound());
    mvc.perform(get("/events/calendar").param("month", "x")).andExpect(status().isNotFound());
    mvc.perform(get("/events/calendar")).andExpect(status().isOk());
  }

  @Test
  void detailedSearchFiltersByKindFieldAreaMunicipalityDatesAndWords() throws Exception {
    String marker = EventFixtures.unique("検索用");
    EventContent base =
        EventFixtures.content(
            EventKind.CALL,
            marker + "作品募集",
            LocalDate.of(2092, 5, 10),
            LocalDate.of(2092, 5, 20),
            null,
            null);
    fixtures.published(base);
    fixtures.published(
        new EventContent(
            EventKind.EVENT,
            marker + "下関の祭り",
            "下関の会",
            null,
            LocalDate.of(2092, 7, 1),
            LocalDate.of(2092, 7, 1),
            null,
            null,
            null,
            "下関市",
            null,
            "祭りです",
            List.of("f03"),
            "prefecture",
            List.of("shimonoseki"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of()));

    mvc.perform(get("/events/search").param("q", marker).param("kind", "CALL"))
        .andExpect(content().string(containsString(marker + "作品募集")))
        .andExpect(content().string(not(containsString(marker + "下関の祭り"))));
    mvc.perform(get("/events/search").param("q", marker).param("field", "f03"))
        .andExpect(content().string(containsString(marker + "下関の祭り")))
        .andExpect(content().string(not(containsString(marker + "作品募集"))));
    mvc.perform(get("/events/search").param("q", marker).param("area", "municipalities"))
        .andExpect(content().string(containsString(marker + "作品募集")))
        .andExpect(content().string(not(containsString(marker + "下関の祭り"))));
    mvc.perform(get("/events/search").param("q", marker).param("municipality", "shimonoseki"))
        .andExpect(content().string(containsString(marker + "下関の祭り")))
        .andExpect(content().string(not(containsString(marker + "作品募集"))));
    // date range: overlapping events only (5/10-5/20 overlaps 5/15-5/16)
    mvc.perform(
            get("/events/search")
                .param("q", marker)
                .param("from", "2092-05-15")
                .param("to", "2092-05-16"))
        .andExpect(content().string(containsString(marker + "作品募集")))
        .andExpect(content().string(not(containsString(marker + "下関の祭り"))));
    mvc.perform(get("/events/search").param("q", marker).param("from", "2092-06-01"))
        .andExpect(content().string(containsString(marker + "下関の祭り")))
        .andExpect(content().string(not(containsString(marker + "作品募集"))));
    // a word of the body, two words both required, LIKE wildcards taken literally
    mvc.perform(get("/events/search").param("q", marker + " 祭りです"))
        .andExpect(content().string(containsString(marker + "下関の祭り")))
        .andExpect(content().string(not(containsString(marker + "作品募集"))));
    mvc.perform(get("/events").param("q", marker + " %"))
        .andExpect(content().string(containsString("条件に合うイベント・募集はありません。")));
    // a bad date is explained, not an error page; the typed values stay
    mvc.perform(get("/events/search").param("q", marker).param("from", "2092-99-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("検索条件の形式が正しくありません。")))
        .andExpect(content().string(containsString("value=\"" + marker + "\"")));
  }

  @Test
  void detailCarriesSchemaOrgEventJsonLdThatCannotCloseTheScript() throws Exception {
    String title = EventFixtures.unique("</script><script>alert(1)</script>&\"講座");
    EventItem e =
        fixtures.published(
            EventFixtures.content(
                EventKind.COURSE,
                title,
                LocalDate.of(2090, 1, 7),
                LocalDate.of(2090, 1, 8),
                LocalTime.of(10, 0),
                LocalTime.of(16, 0)));
    String html =
        mvc.perform(get("/events/" + e.getId()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m =
        Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).isTrue();
    String json = m.group(1);
    assertThat(json).doesNotContain("<").doesNotContain(">");
    JsonNode node = JsonMapper.builder().build().readTree(json);
    assertThat(node.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(node.get("@type").asString()).isEqualTo("Event");
    assertThat(node.get("name").asString()).isEqualTo(title);
    assertThat(node.get("startDate").asString()).isEqualTo("2090-01-07T10:00+09:00");
    assertThat(node.get("endDate").asString()).isEqualTo("2090-01-08T16:00+09:00");
    assertThat(node.get("location").get("name").asString()).isEqualTo("山口市民会館 小ホール");
    assertThat(node.get("organizer").get("name").asString()).isEqualTo("NPO法人 やまぐち里山ネット");
    assertThat(node.get("url").asString()).endsWith("/events/" + e.getId());
    // the visible title is escaped as usual
    assertThat(html).doesNotContain("<script>alert(1)");
  }

  private static String cell(String html, String date) {
    int start = html.indexOf("data-date=\"" + date + "\"");
    if (start < 0) return null;
    int end = html.indexOf("</td>", start);
    return html.substring(start, end);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
    return n;
  }
}
