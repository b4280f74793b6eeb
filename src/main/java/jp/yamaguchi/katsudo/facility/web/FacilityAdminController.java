package jp.yamaguchi.katsudo.facility.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.facility.FacilityCalendar;
import jp.yamaguchi.katsudo.facility.domain.Booking;
import jp.yamaguchi.katsudo.facility.domain.BookingState;
import jp.yamaguchi.katsudo.facility.domain.Facility;
import jp.yamaguchi.katsudo.facility.domain.FacilityBookings;
import jp.yamaguchi.katsudo.facility.domain.FacilitySlot;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's booking screens under {@code /admin/facility}: the month grid of one facility (enter
 * many states at once), the month's list with bookers and notes, one booking's details, and the
 * lists of facilities and time slots. Any staff member may use them.
 */
@Controller
@RequestMapping(FacilityAdminController.BASE)
class FacilityAdminController {

  static final String BASE = "/admin/facility";

  private static final Map<String, String> BOOKING_FIELDS =
      Map.of(
          "e.facility.booking.state", "state",
          "e.facility.booker", "booker",
          "e.facility.note", "note");

  private static final Map<String, String> ITEM_FIELDS =
      Map.of(
          "e.facility.name", "name",
          "e.facility.description", "detail",
          "e.facility.hours", "detail");

  private final FacilityBookings bookings;
  private final FacilityCalendar calendar;
  private final MessageSource messages;

  FacilityAdminController(
      FacilityBookings bookings, FacilityCalendar calendar, MessageSource messages) {
    this.bookings = bookings;
    this.calendar = calendar;
    this.messages = messages;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  // ------------------------------------------------------------------ month grid

  @GetMapping
  String grid(
      @RequestParam(required = false) Long facility,
      @RequestParam(required = false) String month,
      Model model) {
    List<Facility> all = bookings.facilities();
    if (all.isEmpty()) {
      model.addAttribute("facilities", all);
      return "facility/admin/grid";
    }
    Facility current =
        facility == null
            ? all.stream().filter(Facility::isActive).findFirst().orElse(all.getFirst())
            : bookings.facility(facility);
    YearMonth ym = month(month);
    GridForm form = new GridForm();
    form.setFacility(current.getId());
    form.setMonth(ym.toString());
    Map<String, Booking> grid = bookings.grid(current.getId(), ym);
    grid.forEach(
        (key, b) -> {
          form.getCells().put(key, b.getState().name());
          form.getOrig().put(key, b.getState().name());
        });
    return gridPage(current, ym, form, grid, model);
  }

  @PostMapping("/grid")
  String saveGrid(
      @ModelAttribute("gridForm") GridForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    if (form.getFacility() == null) throw new NotFoundException("facility");
    Facility facility = bookings.facility(form.getFacility());
    YearMonth ym = month(form.getMonth());
    try {
      FacilityBookings.GridResult result =
          bookings.saveGrid(facility.getId(), ym, form.getOrig(), form.getCells(), user.getName());
      redirect.addFlashAttribute("success", msg("facility.admin.grid.saved", result.changed()));
      if (result.conflicts() > 0) {
        redirect.addFlashAttribute(
            "error", msg("facility.admin.grid.conflicts", result.conflicts()));
      }
    } catch (BusinessException e) {
      binding.reject(e.messageId(), e.arguments(), null);
      return gridPage(facility, ym, form, bookings.grid(facility.getId(), ym), model);
    } catch (ObjectOptimisticLockingFailureException
        | org.springframework.dao.DataIntegrityViolationException e) {
      redirect.addFlashAttribute("error", msg("facility.admin.grid.conflicts", 1));
    }
    return "redirect:" + BASE + "?facility=" + facility.getId() + "&month=" + ym;
  }

  /** One row of the grid: a day and the cell keys of its slots. */
  record GridRow(LocalDate date, String weekdayKey, List<GridCell> cells) {}

  /** One cell: its key, the slot, and the booking when there is one. */
  record GridCell(String key, FacilitySlot slot, Booking booking) {}

  private String gridPage(
      Facility facility, YearMonth ym, GridForm form, Map<String, Booking> grid, Model model) {
    List<FacilitySlot> slots = bookings.activeSlots();
    List<GridRow> rows = new ArrayList<>();
    for (LocalDate d = ym.atDay(1); !d.isAfter(ym.atEndOfMonth()); d = d.plusDays(1)) {
      List<GridCell> cells = new ArrayList<>();
      for (FacilitySlot s : slots) {
        String key = FacilityBookings.cellKey(d, s.getId());
        cells.add(new GridCell(key, s, grid.get(key)));
      }
      rows.add(new GridRow(d, "facility.weekday." + d.getDayOfWeek().name(), cells));
    }
    model.addAttribute("facilities", bookings.facilities());
    model.addAttribute("facility", facility);
    model.addAttribute("month", ym);
    model.addAttribute("previous", ym.minusMonths(1));
    model.addAttribute("next", ym.plusMonths(1));
    model.addAttribute("slots", slots);
    model.addAttribute("rows", rows);
    model.addAttribute("gridForm", form);
    model.addAttribute("stateOptions", stateOptions());
    return "facility/admin/grid";
  }

  private List<Choice> stateOptions() {
    List<Choice> list = new ArrayList<>();
    list.add(new Choice("", msg("facility.availability.AVAILABLE"), Set.of()));
    for (BookingState s : BookingState.values()) {
      list.add(new Choice(s.name(), msg(s.messageKey()), Set.of()));
    }
    return list;
  }

  private YearMonth month(String month) {
    if (month == null || month.isBlank()) return calendar.currentMonth();
    try {
      YearMonth ym = YearMonth.parse(month);
      if (ym.getYear() < 2000 || ym.getYear() > 2100) throw new NotFoundException("month");
      return ym;
    } catch (DateTimeParseException e) {
      throw new NotFoundException("month " + month);
    }
  }

  // ------------------------------------------------------------------ month list

  /** A booking with its facility's and slot's names. */
  record ListRow(Booking booking, String facility, String slot) {}

  @GetMapping("/list")
  String list(@RequestParam(required = false) String month, Model model) {
    YearMonth ym = month(month);
    Map<Long, String> facilityNames = new HashMap<>();
    bookings.facilities().forEach(f -> facilityNames.put(f.getId(), f.getName()));
    Map<Long, String> slotNames = new HashMap<>();
    bookings.slots().forEach(s -> slotNames.put(s.getId(), s.getName()));
    model.addAttribute(
        "rows",
        bookings.month(ym).stream()
            .map(
                b ->
                    new ListRow(
                        b, facilityNames.get(b.getFacilityId()), slotNames.get(b.getSlotId())))
            .toList());
    model.addAttribute("month", ym);
    model.addAttribute("previous", ym.minusMonths(1));
    model.addAttribute("next", ym.plusMonths(1));
    return "facility/admin/list";
  }

  // ------------------------------------------------------------------ one booking

  @GetMapping("/bookings/{id}")
  String booking(@PathVariable long id, Model model) {
    Booking b = bookings.booking(id);
    model.addAttribute("form", BookingForm.of(b));
    return bookingPage(b, model);
  }

  @PostMapping("/bookings/{id}")
  String saveBooking(
      @PathVariable long id,
      @ModelAttribute("form") BookingForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Booking b = bookings.booking(id);
    if (binding.hasErrors()) return bookingPage(b, model);
    try {
      bookings.updateBooking(
          id,
          form.getVersion() == null ? -1 : form.getVersion(),
          form.getState(),
          form.getBooker(),
          form.getNote(),
          user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, BOOKING_FIELDS);
      if ("e.facility.conflict".equals(e.messageId())) form.setVersion(b.getVersion());
      return bookingPage(b, model);
    } catch (ObjectOptimisticLockingFailureException e) {
      binding.reject("e.facility.conflict");
      return bookingPage(bookings.booking(id), model);
    }
    redirect.addFlashAttribute("success", msg("facility.admin.booking.saved"));
    return "redirect:" + BASE + "/bookings/" + id;
  }

  private String bookingPage(Booking b, Model model) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult r) {
      FormErrors.order(r, model, List.of("state", "booker", "note"));
    }
    model.addAttribute("booking", b);
    model.addAttribute("facility", bookings.facility(b.getFacilityId()));
    model.addAttribute("slot", bookings.slot(b.getSlotId()));
    model.addAttribute(
        "bookingStates",
        Arrays.stream(BookingState.values())
            .map(s -> new Choice(s.name(), msg(s.messageKey()), Set.of()))
            .toList());
    return "facility/admin/booking";
  }

  @GetMapping("/bookings/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    Booking b = bookings.booking(id);
    model.addAttribute("booking", b);
    model.addAttribute("facility", bookings.facility(b.getFacilityId()));
    model.addAttribute("slot", bookings.slot(b.getSlotId()));
    return "facility/admin/delete";
  }

  @PostMapping("/bookings/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Booking b = bookings.booking(id);
    bookings.deleteBooking(id);
    redirect.addFlashAttribute("success", msg("facility.admin.booking.deleted"));
    return "redirect:"
        + BASE
        + "?facility="
        + b.getFacilityId()
        + "&month="
        + YearMonth.from(b.getDate());
  }

  // ------------------------------------------------------------------ facilities and slots

  @GetMapping("/setup")
  String setup(Model model) {
    model.addAttribute("facilities", bookings.facilities());
    model.addAttribute("slots", bookings.slots());
    return "facility/admin/setup";
  }

  @GetMapping("/{kind:facilities|slots}/new")
  String newItem(@PathVariable String kind, Model model) {
    ItemForm form = new ItemForm();
    form.setSortOrder(
        10 * (1 + ("slots".equals(kind) ? bookings.slots().size() : bookings.facilities().size())));
    model.addAttribute("form", form);
    return itemPage(kind, null, model);
  }

  @PostMapping("/{kind:facilities|slots}/new")
  String createItem(
      @PathVariable String kind,
      @ModelAttribute("form") ItemForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (form.getSortOrder() == null && !binding.hasFieldErrors("sortOrder")) {
      binding.rejectValue("sortOrder", "e.facility.sortOrder.required");
    }
    if (binding.hasErrors()) return itemPage(kind, null, model);
    try {
      if ("slots".equals(kind)) {
        bookings.createSlot(form.getName(), form.getDetail(), form.getSortOrder(), form.isActive());
      } else {
        bookings.createFacility(
            form.getName(), form.getDetail(), form.getSortOrder(), form.isActive());
      }
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, ITEM_FIELDS);
      return itemPage(kind, null, model);
    }
    redirect.addFlashAttribute("success", msg("facility.admin.item.created", form.getName()));
    return "redirect:" + BASE + "/setup";
  }

  @GetMapping("/{kind:facilities|slots}/{id}")
  String editItem(@PathVariable String kind, @PathVariable long id, Model model) {
    model.addAttribute(
        "form",
        "slots".equals(kind) ? ItemForm.of(bookings.slot(id)) : ItemForm.of(bookings.facility(id)));
    return itemPage(kind, id, model);
  }

  @PostMapping("/{kind:facilities|slots}/{id}")
  String updateItem(
      @PathVariable String kind,
      @PathVariable long id,
      @ModelAttribute("form") ItemForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    long current =
        "slots".equals(kind) ? bookings.slot(id).getVersion() : bookings.facility(id).getVersion();
    if (form.getSortOrder() == null && !binding.hasFieldErrors("sortOrder")) {
      binding.rejectValue("sortOrder", "e.facility.sortOrder.required");
    }
    if (binding.hasErrors()) return itemPage(kind, id, model);
    long version = form.getVersion() == null ? -1 : form.getVersion();
    try {
      if ("slots".equals(kind)) {
        bookings.updateSlot(
            id, version, form.getName(), form.getDetail(), form.getSortOrder(), form.isActive());
      } else {
        bookings.updateFacility(
            id, version, form.getName(), form.getDetail(), form.getSortOrder(), form.isActive());
      }
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, ITEM_FIELDS);
      if ("e.facility.conflict".equals(e.messageId())) form.setVersion(current);
      return itemPage(kind, id, model);
    }
    redirect.addFlashAttribute("success", msg("facility.admin.item.saved", form.getName()));
    return "redirect:" + BASE + "/setup";
  }

  private String itemPage(String kind, Long id, Model model) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult r) {
      FormErrors.order(r, model, List.of("name", "detail", "sortOrder", "active"));
    }
    model.addAttribute("kind", kind);
    model.addAttribute("itemId", id);
    return "facility/admin/item";
  }
}
