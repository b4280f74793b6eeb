package jp.yamaguchi.katsudo.grant.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantCalendarDays;
import jp.yamaguchi.katsudo.grant.domain.PublishedGrants;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
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
 * The public grant pages of Supernet: the searchable list {@code /grants} (open calls first), the
 * detail {@code /grants/{id}}, the deadline calendar {@code /grants/calendar?month=yyyy-MM} (a
 * table with a list alternative) and the iCal feeds {@code /grants/deadlines.ics} and {@code
 * /grants/{id}.ics}. Only published grants are shown; anything else is a 404.
 */
@Controller
class GrantPublicController {

  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  /** How far back the deadline feed reaches, so a calendar keeps recent deadlines. */
  static final int FEED_PAST_DAYS = 90;

  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  private final PublishedGrants published;
  private final GrantCalendarDays days;
  private final GrantLabels labels;
  private final GrantAttachments attachments;
  private final GrantIcal ical;
  private final MessageSource messages;

  GrantPublicController(
      PublishedGrants published,
      GrantCalendarDays days,
      GrantLabels labels,
      GrantAttachments attachments,
      GrantIcal ical,
      MessageSource messages) {
    this.published = published;
    this.days = days;
    this.labels = labels;
    this.attachments = attachments;
    this.ical = ical;
    this.messages = messages;
  }

  @GetMapping("/grants")
  String list(@ModelAttribute("query") GrantQuery query, BindingResult binding, Model model) {
    if (!query.amountValid()) binding.rejectValue("amount", "e.grant.query.amount");
    if (binding.hasErrors()) {
      // a mistyped amount or date: show the form with the message, no results
      model.addAttribute("page", org.springframework.data.domain.Page.empty());
    } else {
      if (query.getPage() < 0) throw new NotFoundException("grant page");
      var page = published.search(query.search(days.today()), query.getPage());
      if (query.getPage() > 0 && query.getPage() >= page.getTotalPages()) {
        throw new NotFoundException("grant page " + query.getPage());
      }
      model.addAttribute("page", page);
    }
    model.addAttribute("searched", !query.isEmpty());
    model.addAttribute("pageBase", query.pageBase());
    model.addAttribute("fieldOptions", labels.fieldChoices());
    model.addAttribute("areaOptions", labels.areaChoices());
    model.addAttribute("today", days.today());
    model.addAttribute("breadcrumbs", List.<Crumb>of());
    model.addAttribute("metaDescription", msg("grant.public.description"));
    return "grant/list";
  }

  @GetMapping("/grants/{id:\\d+}")
  String detail(@PathVariable long id, Model model) {
    Grant grant = published.find(id).orElseThrow(() -> new NotFoundException("grant " + id));
    model.addAttribute("item", grant);
    model.addAttribute("status", days.status(grant));
    model.addAttribute("attachments", attachments.of(grant.getAttachmentIdList()));
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("grant.public.title"), "/grants")));
    model.addAttribute(
        "metaDescription",
        msg("grant.public.detailDescription", grant.getOrganizer(), grant.getTitle()));
    return "grant/detail";
  }

  @GetMapping("/grants/calendar")
  String calendar(@RequestParam(required = false) String month, Model model) {
    YearMonth shown = month == null ? YearMonth.from(days.today()) : parse(month);
    List<Grant> deadlines = published.deadlinesIn(shown);
    Map<LocalDate, List<Grant>> byDay = new LinkedHashMap<>();
    for (Grant g : deadlines) byDay.computeIfAbsent(g.getPeriodTo(), d -> new ArrayList<>()).add(g);
    model.addAttribute("month", shown);
    model.addAttribute("weeks", weeks(shown, byDay));
    model.addAttribute("byDay", byDay);
    model.addAttribute("total", deadlines.size());
    model.addAttribute("today", days.today());
    model.addAttribute("previous", shown.minusMonths(1));
    model.addAttribute("next", shown.plusMonths(1));
    model.addAttribute("hasPrevious", shown.minusMonths(1).getYear() >= FIRST_YEAR);
    model.addAttribute("hasNext", shown.plusMonths(1).getYear() <= LAST_YEAR);
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("grant.public.title"), "/grants")));
    model.addAttribute("metaDescription", msg("grant.calendar.description"));
    return "grant/calendar";
  }

  @GetMapping("/grants/deadlines.ics")
  ResponseEntity<String> feed() {
    LocalDate today = days.today();
    List<Grant> grants =
        published.deadlinesBetween(today.minusDays(FEED_PAST_DAYS), today.plusYears(2));
    return calendarResponse(ical.write(grants, msg("grant.ical.name")), "grant-deadlines.ics");
  }

  @GetMapping("/grants/{id:\\d+}.ics")
  ResponseEntity<String> one(@PathVariable long id) {
    Grant grant = published.find(id).orElseThrow(() -> new NotFoundException("grant " + id));
    return calendarResponse(ical.write(List.of(grant), grant.getTitle()), "grant-" + id + ".ics");
  }

  private static ResponseEntity<String> calendarResponse(String body, String filename) {
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }

  private static YearMonth parse(String month) {
    try {
      YearMonth m = YearMonth.parse(month);
      if (m.getYear() < FIRST_YEAR || m.getYear() > LAST_YEAR) {
        throw new NotFoundException("grant calendar " + month);
      }
      return m;
    } catch (DateTimeParseException e) {
      throw new NotFoundException("grant calendar " + month);
    }
  }

  /** One calendar day cell; {@code date} null for the blank cells before and after the month. */
  record Day(LocalDate date, List<Grant> grants) {}

  /** The month as weeks from Sunday to Saturday. */
  static List<List<Day>> weeks(YearMonth month, Map<LocalDate, List<Grant>> byDay) {
    List<List<Day>> weeks = new ArrayList<>();
    List<Day> week = new ArrayList<>();
    int lead = month.atDay(1).getDayOfWeek().getValue() % 7; // Sunday = 0
    for (int i = 0; i < lead; i++) week.add(new Day(null, List.of()));
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      week.add(new Day(date, byDay.getOrDefault(date, List.of())));
      if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
        weeks.add(week);
        week = new ArrayList<>();
      }
    }
    if (!week.isEmpty()) {
      while (week.size() < 7) week.add(new Day(null, List.of()));
      weeks.add(week);
    }
    return weeks;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
