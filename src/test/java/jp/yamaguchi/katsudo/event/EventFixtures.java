package jp.yamaguchi.katsudo.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.event.domain.EventContent;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;

/** Builds events for tests, with unique titles so tests sharing the database do not interfere. */
public final class EventFixtures {

  private static final AtomicInteger SEQ = new AtomicInteger();

  private final EventEditing editing;

  public EventFixtures(EventEditing editing) {
    this.editing = editing;
  }

  public static String unique(String prefix) {
    return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
  }

  public static EventContent content(
      EventKind kind,
      String title,
      LocalDate start,
      LocalDate end,
      LocalTime startTime,
      LocalTime endTime) {
    return new EventContent(
        kind,
        title,
        "NPO法人 やまぐち里山ネット",
        null,
        start,
        end,
        startTime,
        endTime,
        null,
        "山口市民会館 小ホール",
        "里山の保全に関心を持ってもらうため",
        title + "の内容です。\n二行目です。",
        List.of("f07"),
        "municipalities",
        List.of("yamaguchi"),
        "無料",
        "どなたでも",
        null,
        null,
        "電話でお申し込みください。",
        "やまぐち里山ネット 083-000-0000",
        "山口市",
        "https://example.jp/satoyama",
        List.of());
  }

  public EventItem draft(EventContent content) {
    return editing.create(content, "fixture-editor");
  }

  public EventItem published(EventContent content) {
    EventItem item = editing.create(content, "fixture-editor");
    editing.review(item.getId(), null, ReviewAction.PUBLISH, null, "fixture-reviewer");
    return editing.get(item.getId());
  }

  public EventItem published(String title, LocalDate start, LocalDate end) {
    return published(content(EventKind.EVENT, title, start, end, null, null));
  }
}
