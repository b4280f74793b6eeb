package jp.yamaguchi.katsudo.grant.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The grant deadlines as iCalendar (RFC 5545), written with ical4j: each application deadline is an
 * all-day event on that day (DTSTART;VALUE=DATE, DTEND the next day), with the grant's page as URL.
 */
@Component
class GrantIcal {

  static final String PRODUCT = "-//Yamaguchi Kenmin Katsudo Shien Center//Supernet Grants//JA";

  private final KatsudoProperties properties;
  private final MessageSource messages;

  GrantIcal(KatsudoProperties properties, MessageSource messages) {
    this.properties = properties;
    this.messages = messages;
  }

  String write(List<Grant> grants, String calendarName) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
    calendar.add(new XProperty("X-WR-CALNAME", calendarName));
    for (Grant g : grants) calendar.add(event(g));
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private VEvent event(Grant g) {
    VEvent event =
        new VEvent(
            g.getPeriodTo(), g.getPeriodTo().plusDays(1), msg("grant.ical.summary", g.getTitle()));
    String page = properties.baseUrl() + g.publicPath();
    event.add(new Uid("grant-" + g.getId() + "-deadline@" + host()));
    StringBuilder description = new StringBuilder();
    description.append(msg("grant.ical.organizer", g.getOrganizer())).append('\n');
    if (g.getAmountText() != null) {
      description.append(msg("grant.ical.amount", g.getAmountText())).append('\n');
    }
    description.append(page);
    event.add(new Description(description.toString()));
    event.add(new Url(java.net.URI.create(page)));
    return event;
  }

  private String host() {
    String base = properties.baseUrl();
    int scheme = base.indexOf("://");
    String host = scheme < 0 ? base : base.substring(scheme + 3);
    int slash = host.indexOf('/');
    return slash < 0 ? host : host.substring(0, slash);
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
