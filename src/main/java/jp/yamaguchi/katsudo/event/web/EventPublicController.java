package jp.yamaguchi.katsudo.event.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.event.OrganiserLinks;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import jp.yamaguchi.katsudo.event.domain.EventSearch;
import jp.yamaguchi.katsudo.event.domain.PublishedEvents;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public event pages: {@code /events} (upcoming, with the simple search), {@code
 * /events/search} (detailed search), {@code /events/archive} (ended events), {@code
 * /events/calendar?month=2026-12}, the detail page {@code /events/{id}} and the iCal feeds {@code
 * /events.ics}, {@code /events/search.ics?...} and {@code /events/{id}.ics}. Only published events
 * are shown; anything else is a 404.
 */
@Controller
class EventPublicController {

  static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2200;

  private final PublishedEvents published;
  private final EventOptions options;
  private final EventDates dates;
  private final EventCalendarFiles ical;
  private final EventJsonLd jsonLd;
  private final MediaLibrary media;
  private final ObjectProvider<OrganiserLinks> organiserLinks;
  private final MessageSource messages;

  EventPublicController(
      PublishedEvents published,
      EventOptions options,
      EventDates dates,
      EventCalendarFiles ical,
      EventJsonLd jsonLd,
      MediaLibrary media,
      ObjectProvider<OrganiserLinks> organiserLinks,
      MessageSource messages) {
    this.published = published;
    this.options = options;
    this.dates = dates;
    this.ical = ical;
    this.jsonLd = jsonLd;
    this.media = media;
    this.organiserLinks = organiserLinks;
    this.messages = messages;
  }

  @GetMapping("/events")
  String list(@ModelAttribute("query") EventQuery query, BindingResult binding, Model model) {
    return results(query, binding, model, false, false);
  }

  @GetMapping("/events/search")
  String search(@ModelAttribute("query") EventQuery query, BindingResult binding, Model model) {
    return results(query, binding, model, true, false);
  }

  @GetMapping("/events/archive")
  String archive(@ModelAttribute("query") EventQuery query, BindingResult binding, Model model) {
    return results(query, binding, model, false, true);
  }

  private String results(
      EventQuery query, BindingResult binding, Model model, boolean detailed, boolean archive) {
    if (query.getPage() < 0) throw new NotFoundException("event page");
    String path = archive ? "/events/archive" : detailed ? "/events/search" : "/events";
    options.addTo(model);
    model.addAttribute("detailed", detailed);
    model.addAttribute("archive", archive);
    model.addAttribute("path", path);
    String heading =
        msg(archive ? "event.archive.title" : detailed ? "event.search.title" : "event.list.title");
    model.addAttribute("heading", heading);
    model.addAttribute(
        "breadcrumbs",
        archive || detailed ? List.of(new Crumb(msg("event.list.title"), "/events")) : List.of());
    model.addAttribute("metaDescription", msg("event.list.description"));
    if (binding.hasErrors()) {
      model.addAttribute("badQuery", true);
      model.addAttribute("page", null);
      return "event/list";
    }
    EventSearch search = query.search();
    var page =
        archive
            ? published.archive(search, query.getPage())
            : published.upcoming(search, query.getPage());
    if (query.getPage() > 0 && query.getPage() >= page.getTotalPages()) {
      throw new NotFoundException("event page " + query.getPage());
    }
    model.addAttribute("page", page);
    model.addAttribute("pageBase", query.pageBase(path));
    model.addAttribute("searched", !search.isEmpty());
    model.addAttribute(
        "icsUrl", search.isEmpty() ? "/events.ics" : "/events/search.ics" + query.queryString());
    return "event/list";
  }

  @GetMapping("/events/calendar")
  String calendar(@RequestParam(required = false) String month, Model model) {
    YearMonth ym;
    if (month == null || month.isBlank()) {
      ym = YearMonth.from(published.today());
    } else {
      try {
        ym = YearMonth.parse(month.strip());
      } catch (DateTimeException e) {
        throw new NotFoundException("event month " + month);
      }
      if (ym.getYear() < FIRST_YEAR || ym.getYear() > LAST_YEAR) {
        throw new NotFoundException("event month " + month);
      }
    }
    var calendar = MonthCalendar.of(ym, published.month(ym), published.today());
    String monthLabel = dates.month(ym);
    model.addAttribute("calendar", calendar);
    model.addAttribute("monthLabel", monthLabel);
    model.addAttribute("prevMonth", ym.minusMonths(1));
    model.addAttribute("nextMonth", ym.plusMonths(1));
    model.addAttribute("prevLabel", dates.month(ym.minusMonths(1)));
    model.addAttribute("nextLabel", dates.month(ym.plusMonths(1)));
    model.addAttribute("heading", msg("event.calendar.heading", monthLabel));
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("event.list.title"), "/events")));
    model.addAttribute("metaDescription", msg("event.calendar.description", monthLabel));
    return "event/calendar";
  }

  @GetMapping("/events/{id}")
  String detail(@PathVariable long id, Model model) {
    EventItem item = find(id);
    model.addAttribute("item", item);
    model.addAttribute("attachments", attachments(item));
    model.addAttribute(
        "organiserPath",
        item.getOrganisationId() == null
            ? null
            : organiserLinks
                .getIfAvailable(() -> OrganiserLinks.NONE)
                .publicPath(item.getOrganisationId())
                .orElse(null));
    model.addAttribute("jsonLd", jsonLd.of(item));
    model.addAttribute("archived", item.endedBefore(published.today()));
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("event.list.title"), "/events")));
    String body = item.getBody().replaceAll("\\s+", " ").strip();
    model.addAttribute(
        "metaDescription", body.length() <= 120 ? body : body.substring(0, 119) + "…");
    return "event/detail";
  }

  List<MediaInfo> attachments(EventItem item) {
    var found = media.findAll(item.getAttachmentIds());
    return item.getAttachmentIds().stream().map(found::get).filter(m -> m != null).toList();
  }

  @GetMapping("/events.ics")
  ResponseEntity<String> feed() {
    return calendarFile(published.feed(EventSearch.all()), "events.ics");
  }

  @GetMapping("/events/search.ics")
  ResponseEntity<String> searchFeed(
      @ModelAttribute("query") EventQuery query, BindingResult binding) {
    if (binding.hasErrors()) return ResponseEntity.badRequest().build();
    return calendarFile(published.feed(query.search()), "events-search.ics");
  }

  @GetMapping("/events/{id}.ics")
  ResponseEntity<String> one(@PathVariable long id) {
    return calendarFile(List.of(find(id)), "event-" + id + ".ics");
  }

  private EventItem find(long id) {
    return published.find(id).orElseThrow(() -> new NotFoundException("event " + id));
  }

  private ResponseEntity<String> calendarFile(List<EventItem> items, String name) {
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .body(ical.write(items));
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
