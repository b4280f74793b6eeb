package jp.yamaguchi.katsudo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.event.EventImport;
import jp.yamaguchi.katsudo.event.EventKind;
import jp.yamaguchi.katsudo.event.ImportedEvent;
import org.springframework.stereotype.Component;

/**
 * イベント・募集: STANDARD a few dozen around today (most upcoming, some in the archive, a few waiting for
 * review); FULL the 5,827 of spec §0, spread over the eight years before today (the archive) and
 * the twelve months after it, every kind. Dates count from today's date; everything else comes from
 * the seeded {@link Random}, so a run on the same day creates the same data.
 */
@Component
class DemoEvents implements DemoSet {

  static final String AUTHOR = "demo";
  static final int FULL = 5_827;
  static final int STANDARD = 40;

  private static final String[] MUNICIPALITIES = {
    "shimonoseki", "ube", "yamaguchi", "hagi", "hofu", "kudamatsu", "iwakuni", "hikari", "nagato",
    "yanai", "mine", "shunan", "sanyoonoda", "suooshima", "waki", "kaminoseki", "tabuse", "hirao",
    "abu"
  };

  private static final String[] CITY_NAMES = {
    "下関市", "宇部市", "山口市", "萩市", "防府市", "下松市", "岩国市", "光市", "長門市", "柳井市", "美祢市", "周南市", "山陽小野田市",
    "周防大島町", "和木町", "上関町", "田布施町", "平生町", "阿武町"
  };

  private static final String[] VENUES = {
    "市民活動センター 会議室",
    "公民館 大会議室",
    "文化会館 小ホール",
    "図書館 多目的室",
    "ふれあいセンター 研修室",
    "中央公園 芝生広場",
    "海浜公園",
    "市民体育館",
    "男女共同参画センター",
    "オンライン（Zoom）"
  };

  private static final String[] GROUPS = {
    "萩の海辺を守る会",
    "下関子ども食堂ネットワーク",
    "周南こども見守り隊",
    "宇部多文化共生サロン",
    "岩国里山保全クラブ",
    "防府読み聞かせの会",
    "長門棚田を守る会",
    "柳井まちなか応援団",
    "美祢カルスト自然学校",
    "NPO法人 やまぐち里山ネット",
    "NPO法人 ふれあい福祉の会",
    "やまぐち県民活動支援センター",
    "山口手話サークル",
    "光市環境ボランティア連絡会"
  };

  private static final String[][] EVENT_TITLES = {
    {"海岸清掃ボランティア", "環境の保全", "f07"},
    {"里山の自然観察会", "環境の保全", "f07"},
    {"子ども食堂 交流会", "子どもの健全育成", "f13"},
    {"多文化共生フェスタ", "国際協力", "f11"},
    {"福祉施設での音楽会", "保健・医療・福祉", "f01"},
    {"まちなかマルシェ", "まちづくり", "f03"},
    {"防災ワークショップ", "災害救援", "f08"},
    {"棚田の田植え体験", "農山漁村の振興", "f05"},
    {"地域の歴史散歩", "学術・文化・芸術", "f06"}
  };

  private static final String[][] COURSE_TITLES = {
    {"NPO法人設立講座", "運営支援", "f19"},
    {"団体の会計・税務講座", "運営支援", "f19"},
    {"広報力アップ講座（チラシづくり）", "運営支援", "f19"},
    {"手話入門講座", "保健・医療・福祉", "f01"},
    {"認知症サポーター養成講座", "保健・医療・福祉", "f01"},
    {"ボランティア入門講座", "社会教育", "f02"},
    {"パソコン・スマートフォン教室", "情報化社会", "f14"}
  };

  private static final String[][] CALL_TITLES = {
    {"環境写真コンテスト 作品募集", "環境の保全", "f07"},
    {"子どもの絵画展 作品募集", "子どもの健全育成", "f13"},
    {"まちづくりアイデア 意見募集", "まちづくり", "f03"},
    {"イベント運営スタッフ募集", "社会教育", "f02"},
    {"フェスタ出展団体募集", "運営支援", "f19"}
  };

  private final EventImport events;
  private final Clock clock;

  DemoEvents(EventImport events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public boolean present() {
    return !events.isEmpty();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    events.importAll(generate(scale, random, LocalDate.now(clock)), AUTHOR);
  }

  /** The events of a scale, by start date. */
  static List<ImportedEvent> generate(DemoScale scale, Random random, LocalDate today) {
    int total = scale == DemoScale.FULL ? FULL : STANDARD;
    List<ImportedEvent> items = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      LocalDate start;
      if (scale == DemoScale.FULL) {
        // about one in seven still to come within a year; the rest over eight years past
        start =
            random.nextInt(7) == 0
                ? today.plusDays(random.nextInt(365))
                : today.minusDays(1 + random.nextInt(365 * 8));
      } else {
        start =
            i % 4 == 0
                ? today.minusDays(1 + random.nextInt(120))
                : today.plusDays(random.nextInt(90));
      }
      ReviewState state = ReviewState.PUBLISHED;
      if (i % 97 == 5) state = ReviewState.PENDING;
      if (i % 211 == 7) state = ReviewState.DRAFT;
      items.add(event(random, start, state));
    }
    items.sort(Comparator.comparing(ImportedEvent::startDate));
    return items;
  }

  private static ImportedEvent event(Random random, LocalDate start, ReviewState state) {
    int k = random.nextInt(10);
    EventKind kind = k < 5 ? EventKind.EVENT : k < 8 ? EventKind.COURSE : EventKind.CALL;
    String[][] titles =
        switch (kind) {
          case EVENT -> EVENT_TITLES;
          case COURSE -> COURSE_TITLES;
          case CALL -> CALL_TITLES;
        };
    String[] t = titles[random.nextInt(titles.length)];
    int m = random.nextInt(MUNICIPALITIES.length);
    String city = CITY_NAMES[m];
    String group = GROUPS[random.nextInt(GROUPS.length)];
    String venue = city + " " + VENUES[random.nextInt(VENUES.length)];
    LocalDate end = start;
    LocalTime startTime = null;
    LocalTime endTime = null;
    LocalDate applyFrom = null;
    LocalDate applyTo = null;
    String dateText = null;
    if (kind == EventKind.CALL) {
      end = start.plusDays(14 + random.nextInt(45));
      applyFrom = start;
      applyTo = end;
      dateText = "募集期間中は随時受け付けます";
    } else if (random.nextInt(6) == 0) {
      end = start.plusDays(1 + random.nextInt(3));
      startTime = LocalTime.of(10, 0);
      endTime = LocalTime.of(16, 0);
    } else {
      int hour = 9 + random.nextInt(10);
      startTime = LocalTime.of(hour, random.nextBoolean() ? 0 : 30);
      endTime = startTime.plusHours(1 + random.nextInt(3));
      if (endTime.isBefore(startTime)) endTime = null;
      if (kind == EventKind.COURSE) {
        applyTo = start.minusDays(3);
        applyFrom = applyTo.minusDays(30);
      }
    }
    String title = city + " " + t[0];
    String body =
        switch (kind) {
          case EVENT ->
              city + "で「" + t[0] + "」を開きます。\nどなたでも参加できます。動きやすい服装でお越しください。\n雨天の場合は内容を変更して開催します。";
          case COURSE -> "「" + t[0] + "」を開講します。\n講師：地域で活動する専門家\n定員：20名（先着順）\n筆記用具をお持ちください。";
          case CALL ->
              "「" + t[0] + "」を行います。\n応募方法は募集要項をご覧ください。\n応募作品・ご意見は、報告書やホームページで紹介させていただくことがあります。";
        };
    String fee =
        switch (random.nextInt(4)) {
          case 0 -> "500円（資料代）";
          case 1 -> "1,000円（材料費）";
          default -> "無料";
        };
    return new ImportedEvent(
        kind,
        title,
        group,
        start,
        end,
        startTime,
        endTime,
        dateText,
        venue,
        t[1] + "の分野で、県民の皆さんに活動を知っていただくため。",
        body,
        List.of(t[2]),
        random.nextInt(3) == 0 ? "prefecture" : "municipalities",
        List.of(MUNICIPALITIES[m]),
        fee,
        kind == EventKind.COURSE ? "県内在住・在勤の方" : "どなたでも",
        applyFrom,
        applyTo,
        "電話またはメールでお申し込みください。",
        group + "\n電話：083-000-" + String.format("%04d", random.nextInt(10_000)),
        random.nextInt(3) == 0 ? city + "、" + city + "教育委員会" : null,
        null,
        state);
  }
}
