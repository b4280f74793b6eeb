package jp.yamaguchi.katsudo.facility.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.facility.FacilityCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /facility/calendar}: the availability of the center's facilities, month by month. */
@Controller
class FacilityPublicController {

  private final FacilityCalendar calendar;

  FacilityPublicController(FacilityCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping(FacilityCalendar.PATH)
  String calendar(@RequestParam(required = false) String month, Model model) {
    YearMonth ym = month == null || month.isBlank() ? calendar.currentMonth() : parse(month);
    if (!calendar.browsable(ym)) throw new NotFoundException("month " + ym);
    model.addAttribute("cal", calendar.month(ym));
    return "facility/calendar";
  }

  private static YearMonth parse(String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new NotFoundException("month " + month);
    }
  }
}
