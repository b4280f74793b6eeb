package jp.yamaguchi.katsudo.event.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Writes events as iCalendar (RFC 5545) with ical4j: one VEVENT per event, its UID stable ({@code
 * event-<id>@<host>}), all-day events (no start time) as DATE values with an exclusive end, timed
 * ones as UTC date-times converted from Japan time.
 */
@Component
class EventCalendarFiles {

  private static final String PRODUCT = "-//Yamaguchi Kenmin Katsudo Supernet//Events//JA";

  private final KatsudoProperties properties;

  EventCalendarFiles(KatsudoProperties properties) {
    this.properties = properties;
  }

  String write(List<EventItem> items) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    for (EventItem item : items) calendar.add(event(item));
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The stable UID of an event. */
  String uid(long id) {
    return "event-" + id + "@" + host();
  }

  private String host() {
    String h = URI.create(properties.baseUrl()).getHost();
    return h == null ? "localhost" : h;
  }

  private VEvent event(EventItem item) {
    VEvent event;
    if (item.getStartTime() == null) {
      LocalDate endExclusive = item.getEndDate().plusDays(1);
      event = new VEvent(item.getStartDate(), endExclusive, item.getTitle());
    } else {
      var start = LocalDateTime.of(item.getStartDate(), item.getStartTime());
      var startUtc = start.atZone(ClockConfig.ZONE).toInstant();
      if (item.getEndTime() != null) {
        var end = LocalDateTime.of(item.getEndDate(), item.getEndTime());
        event = new VEvent(startUtc, end.atZone(ClockConfig.ZONE).toInstant(), item.getTitle());
      } else {
        event = new VEvent(startUtc, item.getTitle());
      }
    }
    event.add(new Uid(uid(item.getId())));
    if (item.getVenue() != null) event.add(new Location(item.getVenue()));
    String url = properties.baseUrl() + item.publicPath();
    event.add(new Url(URI.create(url)));
    StringBuilder description = new StringBuilder();
    description.append(item.getOrganiser()).append('\n');
    if (item.getDateText() != null) description.append(item.getDateText()).append('\n');
    description.append(item.getBody()).append('\n').append(url);
    event.add(new Description(description.toString()));
    return event;
  }
}
