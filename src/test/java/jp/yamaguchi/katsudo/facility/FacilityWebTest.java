package jp.yamaguchi.katsudo.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import jp.yamaguchi.katsudo.facility.domain.Booking;
import jp.yamaguchi.katsudo.facility.domain.BookingRepository;
import jp.yamaguchi.katsudo.facility.domain.BookingState;
import jp.yamaguchi.katsudo.facility.domain.Facility;
import jp.yamaguchi.katsudo.facility.domain.FacilityBookings;
import jp.yamaguchi.katsudo.facility.domain.FacilityRepository;
import jp.yamaguchi.katsudo.facility.domain.FacilitySlot;
import jp.yamaguchi.katsudo.facility.domain.FacilitySlotRepository;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The booking calendar: staff enter states in the month grid and details per booking; the public
 * calendar shows availability only, never who booked or the staff's note.
 */
@IntegrationTest
@DateSensitive
class FacilityWebTest {

  static final RequestPostProcessor EDITOR = user("fac-editor").roles("EDITOR");

  @Autowired MockMvc mvc;
  @Autowired FacilityBookings bookings;
  @Autowired FacilityCalendar calendar;
  @Autowired Clock clock;
  @Autowired FacilityRepository facilityRows;
  @Autowired FacilitySlotRepository slotRows;
  @Autowired BookingRepository bookingRows;

  Facility facility;
  FacilitySlot morning;
  YearMonth month;

  static String unique(String s) {
    return s + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  @BeforeEach
  void setUp() {
    // each test its own facility, far down the list so the default ones stay first
    facility = bookings.createFacility(unique("試験室"), null, 900, true);
    morning = bookings.activeSlots().getFirst();
    month = YearMonth.now(clock).plusMonths(1);
  }

  Booking book(int day, BookingState state, String booker, String note) {
    String key = FacilityBookings.cellKey(month.atDay(day), morning.getId());
    bookings.saveGrid(facility.getId(), month, Map.of(), Map.of(key, state.name()), "fixture");
    Booking b = bookings.booking(facility.getId(), month.atDay(day), morning.getId()).orElseThrow();
    return bookings.updateBooking(b.getId(), b.getVersion(), state, booker, note, "fixture");
  }

  @Test
  void thePublicCalendarShowsAvailabilityButNeverTheBookerOrTheNote() throws Exception {
    String booker = unique("山口花子");
    String note = unique("電話090-1234-5678");
    book(3, BookingState.BOOKED, booker, note);
    book(4, BookingState.TENTATIVE, null, null);

    String html =
        mvc.perform(get("/facility/calendar").param("month", month.toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(facility.getName())))
            .andExpect(
                content()
                    .string(
                        containsString(month.getYear() + "年" + month.getMonthValue() + "月の予約状況")))
            .andExpect(content().string(containsString("scope=\"row\"")))
            .andExpect(content().string(containsString("scope=\"colgroup\"")))
            .andExpect(content().string(containsString("予約済")))
            .andExpect(content().string(containsString("仮予約")))
            .andExpect(content().string(not(containsString(booker))))
            .andExpect(content().string(not(containsString(note))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    // the states are words in the cells, not colour only
    assertThat(html).contains("data-state=\"BOOKED\"><span aria-hidden=\"true\">×</span> 予約済");
    // the public view model itself holds nothing personal
    AvailabilityMonth m = calendar.month(month);
    assertThat(m.toString()).doesNotContain(booker).doesNotContain(note);
    // and neither does HOME
    mvc.perform(get("/"))
        .andExpect(content().string(not(containsString(booker))))
        .andExpect(content().string(not(containsString(note))));
  }

  @Test
  void theWeekRunsFromTodayForSevenDaysAcrossTheEndOfAMonth() {
    LocalDate start = month.atEndOfMonth().minusDays(2);
    bookOn(month.atEndOfMonth(), BookingState.BOOKED);
    bookOn(month.plusMonths(1).atDay(2), BookingState.TENTATIVE);
    ZoneId japan = clock.getZone();
    Clock then = Clock.fixed(start.atTime(12, 0).atZone(japan).toInstant(), japan);

    AvailabilityWeek week = new FacilityCalendar(facilityRows, slotRows, bookingRows, then).week();

    assertThat(week.today()).isEqualTo(start);
    assertThat(week.days())
        .extracting(AvailabilityMonth.Day::date)
        .containsExactly(
            start,
            start.plusDays(1),
            start.plusDays(2),
            start.plusDays(3),
            start.plusDays(4),
            start.plusDays(5),
            start.plusDays(6));
    int ours =
        week.facilities().stream()
            .map(AvailabilityMonth.FacilityColumns::name)
            .toList()
            .indexOf(facility.getName());
    // the morning slot of the month's last day and of the 2nd of the next month, in this facility
    assertThat(week.days().get(2).cellsOf(week.facilities(), ours).getFirst())
        .isEqualTo(Availability.BOOKED);
    assertThat(week.days().get(4).cellsOf(week.facilities(), ours).getFirst())
        .isEqualTo(Availability.TENTATIVE);
    assertThat(week.days().get(3).cellsOf(week.facilities(), ours))
        .hasSize(week.facilities().get(ours).slots().size());
  }

  void bookOn(LocalDate day, BookingState state) {
    String key = FacilityBookings.cellKey(day, morning.getId());
    bookings.saveGrid(
        facility.getId(), YearMonth.from(day), Map.of(), Map.of(key, state.name()), "fixture");
  }

  @Test
  void monthsOutsideTheRangeAndNonsenseAreNotFound() throws Exception {
    mvc.perform(get("/facility/calendar").param("month", "1999-01"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/facility/calendar").param("month", "abc")).andExpect(status().isNotFound());
    mvc.perform(get("/facility/calendar")).andExpect(status().isOk());
  }

  @Test
  void theAdminScreensNeedStaff() throws Exception {
    mvc.perform(get("/admin/facility"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/login"));
    mvc.perform(
            post("/admin/facility/grid")
                .with(csrf())
                .param("facility", String.valueOf(facility.getId()))
                .param("month", month.toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/login"));
  }

  @Test
  void theGridSavesChangedCellsOnlyAndReportsConflicts() throws Exception {
    String k1 = FacilityBookings.cellKey(month.atDay(10), morning.getId());
    String k2 = FacilityBookings.cellKey(month.atDay(11), morning.getId());
    mvc.perform(
            post("/admin/facility/grid")
                .with(EDITOR)
                .with(csrf())
                .param("facility", String.valueOf(facility.getId()))
                .param("month", month.toString())
                .param("cells[" + k1 + "]", "BOOKED")
                .param("orig[" + k1 + "]", "")
                .param("cells[" + k2 + "]", "")
                .param("orig[" + k2 + "]", ""))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("success", "1件の予約状況を保存しました。"));
    assertThat(bookings.grid(facility.getId(), month)).containsOnlyKeys(k1);

    mvc.perform(
            get("/admin/facility")
                .with(EDITOR)
                .param("facility", String.valueOf(facility.getId()))
                .param("month", month.toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"cells[" + k1 + "]\"")))
        .andExpect(
            content().string(containsString("<option value=\"BOOKED\" selected=\"selected\">")));

    // a colleague's form still shows k1 as free: their change is not written over ours
    mvc.perform(
            post("/admin/facility/grid")
                .with(EDITOR)
                .with(csrf())
                .param("facility", String.valueOf(facility.getId()))
                .param("month", month.toString())
                .param("cells[" + k1 + "]", "UNAVAILABLE")
                .param("orig[" + k1 + "]", ""))
        .andExpect(flash().attribute("error", containsString("1件の欄は、ほかの人が先に変更していた")));
    assertThat(bookings.grid(facility.getId(), month).get(k1).getState())
        .isEqualTo(BookingState.BOOKED);

    // back to free deletes the booking
    mvc.perform(
            post("/admin/facility/grid")
                .with(EDITOR)
                .with(csrf())
                .param("facility", String.valueOf(facility.getId()))
                .param("month", month.toString())
                .param("cells[" + k1 + "]", "")
                .param("orig[" + k1 + "]", "BOOKED"))
        .andExpect(status().is3xxRedirection());
    assertThat(bookings.grid(facility.getId(), month)).isEmpty();
  }

  @Test
  void aWrongGridValueIsRefusedInJapaneseWithTheChoicesKept() throws Exception {
    String k1 = FacilityBookings.cellKey(month.atDay(12), morning.getId());
    String k2 = FacilityBookings.cellKey(month.atDay(13), morning.getId());
    mvc.perform(
            post("/admin/facility/grid")
                .with(EDITOR)
                .with(csrf())
                .param("facility", String.valueOf(facility.getId()))
                .param("month", month.toString())
                .param("cells[" + k1 + "]", "TENTATIVE")
                .param("cells[" + k2 + "]", "HACKED"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("予約状況の値が正しくありません。")))
        .andExpect(
            content().string(containsString("<option value=\"TENTATIVE\" selected=\"selected\">")));
    assertThat(bookings.grid(facility.getId(), month)).isEmpty();
  }

  @Test
  void bookingDetailsAreEditableAndTooLongTextIsRefusedWithValuesKept() throws Exception {
    Booking b = book(15, BookingState.BOOKED, null, null);
    String longName = "あ".repeat(101);
    mvc.perform(
            post("/admin/facility/bookings/" + b.getId())
                .with(EDITOR)
                .with(csrf())
                .param("version", String.valueOf(b.getVersion()))
                .param("state", "TENTATIVE")
                .param("booker", longName)
                .param("note", "プリンター用紙持参"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("予約者は100文字以内で入力してください。")))
        .andExpect(content().string(containsString(longName)))
        .andExpect(content().string(containsString("プリンター用紙持参")));

    mvc.perform(
            post("/admin/facility/bookings/" + b.getId())
                .with(EDITOR)
                .with(csrf())
                .param("version", String.valueOf(b.getVersion()))
                .param("state", "TENTATIVE")
                .param("booker", "NPO法人 テスト")
                .param("note", "プリンター用紙持参"))
        .andExpect(status().is3xxRedirection());
    Booking saved = bookings.booking(b.getId());
    assertThat(saved.getState()).isEqualTo(BookingState.TENTATIVE);
    assertThat(saved.getBooker()).isEqualTo("NPO法人 テスト");

    // the month list shows the staff-only details
    mvc.perform(get("/admin/facility/list").with(EDITOR).param("month", month.toString()))
        .andExpect(content().string(containsString("NPO法人 テスト")))
        .andExpect(content().string(containsString("プリンター用紙持参")));

    // delete after confirmation
    mvc.perform(get("/admin/facility/bookings/" + b.getId() + "/delete").with(EDITOR))
        .andExpect(status().isOk());
    mvc.perform(post("/admin/facility/bookings/" + b.getId() + "/delete").with(EDITOR).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(bookings.booking(facility.getId(), month.atDay(15), morning.getId())).isEmpty();
  }

  @Test
  void facilitiesAndSlotsAreEditableWithJapaneseErrors() throws Exception {
    mvc.perform(
            post("/admin/facility/facilities/new")
                .with(EDITOR)
                .with(csrf())
                .param("name", "  ")
                .param("detail", "説明を残す")
                .param("sortOrder", "abc")
                .param("active", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("順番は半角数字で入力してください。")))
        // a number input holds no letters in a browser: the other values are what is kept
        .andExpect(content().string(containsString("説明を残す")));
    mvc.perform(
            post("/admin/facility/facilities/new")
                .with(EDITOR)
                .with(csrf())
                .param("name", "")
                .param("detail", "説明を残す")
                .param("sortOrder", "30")
                .param("active", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("名前を入力してください。")))
        .andExpect(content().string(containsString("説明を残す")));

    String slotName = unique("早朝");
    mvc.perform(
            post("/admin/facility/slots/new")
                .with(EDITOR)
                .with(csrf())
                .param("name", slotName)
                .param("detail", "7:00〜9:00")
                .param("sortOrder", "5")
                .param("_active", "on"))
        .andExpect(status().is3xxRedirection());
    FacilitySlot slot =
        bookings.slots().stream()
            .filter(s -> s.getName().equals(slotName))
            .findFirst()
            .orElseThrow();
    assertThat(slot.isActive()).isFalse();
    mvc.perform(get("/admin/facility/setup").with(EDITOR))
        .andExpect(content().string(containsString(slotName)));
    // an inactive slot is not on the public calendar
    mvc.perform(get("/facility/calendar"))
        .andExpect(content().string(not(containsString(slotName))));
  }
}
