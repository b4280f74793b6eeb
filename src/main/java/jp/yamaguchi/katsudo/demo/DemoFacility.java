package jp.yamaguchi.katsudo.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.facility.Availability;
import jp.yamaguchi.katsudo.facility.FacilityImport;
import org.springframework.stereotype.Component;

/**
 * Bookings of the printing machine and the 交流コーナー from two months back to three months ahead:
 * Mondays closed (the center's 休館日), busier weekday afternoons, a few tentative bookings, and a
 * group name as the staff-only booker.
 */
@Component
class DemoFacility implements DemoSet {

  static final String[] GROUPS = {
    "NPO法人 やまぐち里山ネット",
    "周南子ども食堂の会",
    "下関まちづくり協議会",
    "萩の歴史を語る会",
    "宇部市ボランティア連絡会",
    "防府こそだてサロン",
    "岩国国際交流クラブ",
    "山口手話サークルひまわり",
    "長門環境保全グループ",
    "柳井ふるさと応援団"
  };

  static final String[] NOTES = {
    "チラシ500部（両面）", "会報の印刷。用紙持参", "オンライン会議（理事会）", "Zoom で研修会。プロジェクター使用", "ポスター印刷（A3）", null, null
  };

  private final FacilityImport bookings;
  private final Clock clock;

  DemoFacility(FacilityImport bookings, Clock clock) {
    this.bookings = bookings;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public boolean present() {
    return !bookings.isEmpty();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    List<Long> facilities = bookings.activeFacilityIds();
    List<Long> slots = bookings.activeSlotIds();
    YearMonth now = YearMonth.now(clock);
    List<FacilityImport.Cell> items = new ArrayList<>();
    for (LocalDate d = now.minusMonths(2).atDay(1);
        !d.isAfter(now.plusMonths(3).atEndOfMonth());
        d = d.plusDays(1)) {
      for (long f : facilities) {
        for (int i = 0; i < slots.size(); i++) {
          long s = slots.get(i);
          if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
            items.add(new FacilityImport.Cell(f, d, s, Availability.UNAVAILABLE, null, "休館日"));
            continue;
          }
          double busy = i == 1 ? 0.35 : 0.18;
          if (d.isAfter(LocalDate.now(clock).plusWeeks(3))) busy /= 3;
          double r = random.nextDouble();
          if (r >= busy) continue;
          Availability state = r < busy * 0.8 ? Availability.BOOKED : Availability.TENTATIVE;
          items.add(
              new FacilityImport.Cell(
                  f,
                  d,
                  s,
                  state,
                  GROUPS[random.nextInt(GROUPS.length)],
                  NOTES[random.nextInt(NOTES.length)]));
        }
      }
    }
    bookings.importAll(items, "demo");
  }
}
