package jp.yamaguchi.katsudo.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
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

/** The iCal feeds, parsed back with ical4j and compared with the events. */
@IntegrationTest
@DateSensitive
class EventICalTest {

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired EventEditing editing;
  EventFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new EventFixtures(editing);
  }

  Calendar fetch(String url, Object... params) throws Exception {
    var request = get(url);
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param((String) params[i], String.valueOf(params[i + 1]));
    }
    String body =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return new CalendarBuilder().build(new StringReader(body));
  }

  static Optional<VEvent> byUid(Calendar c, long id) {
    List<VEvent> events = c.getComponents("VEVENT");
    return events.stream()
        .filter(
            e -> e.getUid().map(u -> u.getValue().startsWith("event-" + id + "@")).orElse(false))
        .findFirst();
  }

  static String prop(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElse(null);
  }

  @Test
  void oneEventAsAllDayAndTimedEntriesWithStableUids() throws Exception {
    String allDay = EventFixtures.unique("終日の展示");
    EventItem a = fixtures.published(allDay, LocalDate.of(2094, 8, 1), LocalDate.of(2094, 8, 3));
    Calendar ca = fetch("/events/" + a.getId() + ".ics");
    VEvent va = byUid(ca, a.getId()).orElseThrow();
    assertThat(prop(va, "SUMMARY")).isEqualTo(allDay);
    Temporal start = va.<Temporal>getStartDate().orElseThrow().getDate();
    Temporal end = va.<Temporal>getEndDate().orElseThrow().getDate();
    assertThat(start).isEqualTo(LocalDate.of(2094, 8, 1));
    // DATE values; the end is exclusive
    assertThat(end).isEqualTo(LocalDate.of(2094, 8, 4));
    assertThat(prop(va, "LOCATION")).isEqualTo("山口市民会館 小ホール");
    assertThat(prop(va, "URL")).endsWith("/events/" + a.getId());
    assertThat(prop(va, "DESCRIPTION")).contains(allDay + "の内容です。");
    // the same UID every time
    assertThat(prop(byUid(fetch("/events/" + a.getId() + ".ics"), a.getId()).orElseThrow(), "UID"))
        .isEqualTo(prop(va, "UID"));

    String timed = EventFixtures.unique("夜の講座");
    EventItem t =
        fixtures.published(
            EventFixtures.content(
                EventKind.COURSE,
                timed,
                LocalDate.of(2094, 8, 10),
                LocalDate.of(2094, 8, 10),
                LocalTime.of(19, 0),
                LocalTime.of(20, 30)));
    VEvent vt = byUid(fetch("/events/" + t.getId() + ".ics"), t.getId()).orElseThrow();
    Instant s = Instant.from(vt.<Temporal>getStartDate().orElseThrow().getDate());
    Instant e = Instant.from(vt.<Temporal>getEndDate().orElseThrow().getDate());
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    assertThat(s).isEqualTo(LocalDateTime.of(2094, 8, 10, 19, 0).atZone(tokyo).toInstant());
    assertThat(e).isEqualTo(LocalDateTime.of(2094, 8, 10, 20, 30).atZone(tokyo).toInstant());
  }

  @Test
  void feedsCarryUpcomingEventsAndTheSearchFeedOnlyMatchingOnes() throws Exception {
    String marker = EventFixtures.unique("iCal検索");
    EventItem course =
        fixtures.published(
            EventFixtures.content(
                EventKind.COURSE,
                marker + "講座",
                LocalDate.of(2094, 9, 1),
                LocalDate.of(2094, 9, 1),
                null,
                null));
    EventItem call =
        fixtures.published(
            EventFixtures.content(
                EventKind.CALL,
                marker + "募集",
                LocalDate.of(2094, 9, 2),
                LocalDate.of(2094, 9, 2),
                null,
                null));
    EventItem past =
        fixtures.published(
            marker + "終了", LocalDate.now(clock).minusDays(10), LocalDate.now(clock).minusDays(9));

    Calendar search = fetch("/events/search.ics", "q", marker, "kind", "COURSE");
    assertThat(byUid(search, course.getId())).isPresent();
    assertThat(byUid(search, call.getId())).isEmpty();
    assertThat(byUid(search, past.getId())).isEmpty();
    assertThat(search.getComponents("VEVENT")).hasSize(1);

    Calendar all = fetch("/events/search.ics", "q", marker);
    assertThat(all.getComponents("VEVENT")).hasSize(2);

    Calendar everything = fetch("/events.ics");
    assertThat(everything.getProperty("PRODID")).isPresent();
    assertThat(everything.getComponents("VEVENT")).isNotEmpty();
    assertThat(byUid(everything, past.getId())).isEmpty();

    // the list page links the feed of its search
    mvc.perform(get("/events").param("q", marker))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("/events/search.ics?q=")));
  }
}
