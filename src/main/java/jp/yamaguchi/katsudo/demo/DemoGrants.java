package jp.yamaguchi.katsudo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.grant.GrantImport;
import jp.yamaguchi.katsudo.grant.ImportedGrant;
import org.springframework.stereotype.Component;

/**
 * 助成: generated grant calls with deadlines spread around today (STANDARD: a few dozen within four
 * months either side; FULL: the 8,552 of spec §0 over the past eight years and the next year), so
 * the list, the calendar and the states 募集中 / 締切間近 / 募集終了 all show. A few are in review.
 */
@Component
class DemoGrants implements DemoSet {

  static final int STANDARD = 40;
  static final int FULL = 8_552;

  private static final String[] ORGANIZERS = {
    "公益財団法人やまぐち県民活動基金", "公益財団法人日本みどり財団", "一般財団法人地域創造ネットワーク",
    "公益財団法人こども未来基金", "社会福祉法人山口県共同募金会", "公益財団法人しまなみ環境財団",
    "一般社団法人中国地域ボランティア協議会", "公益財団法人ふるさと文化振興会", "株式会社周南テクノ 社会貢献室",
    "公益財団法人日本スポーツ振興会", "公益財団法人あしたの福祉財団", "一般財団法人海と川の未来基金",
    "山口県 環境生活部 県民生活課", "公益財団法人国際交流支援センター", "公益信託 まちづくり応援基金"
  };

  private static final String[] THEMES = {
    "地域福祉活動", "子どもの居場所づくり", "環境保全活動", "まちづくり活動", "災害ボランティア活動",
    "多文化共生の取組", "文化芸術活動", "スポーツを通じた地域づくり", "高齢者の見守り活動", "NPOの組織基盤強化",
    "里山・里海の保全", "若者の社会参加", "食品ロス削減の取組", "障がい者の社会参加", "男女共同参画の推進"
  };

  private static final String[] KINDS = {"助成", "活動助成", "応援助成", "支援事業", "助成プログラム"};

  private static final String[][] FIELDS = {
    {"f01"},
    {"f13"},
    {"f07"},
    {"f03"},
    {"f08"},
    {"f11"},
    {"f06"},
    {"f06", "f03"},
    {"f01"},
    {"f19"},
    {"f07", "f05"},
    {"f13", "f17"},
    {"f07", "f16"},
    {"f01"},
    {"f12"}
  };

  private static final String[] AREAS = {
    "prefecture", "nationwide", "chushikoku", "west_japan", "municipalities"
  };

  private static final long[] AMOUNTS = {
    100_000, 200_000, 300_000, 500_000, 1_000_000, 2_000_000, 3_000_000
  };

  private final GrantImport grants;
  private final Clock clock;

  DemoGrants(GrantImport grants, Clock clock) {
    this.grants = grants;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public boolean present() {
    return !grants.isEmpty();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    LocalDate today = LocalDate.now(clock);
    int count = scale == DemoScale.FULL ? FULL : STANDARD;
    List<ImportedGrant> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate deadline =
          scale == DemoScale.FULL
              ? today.minusDays(8 * 365).plusDays(random.nextInt(9 * 365))
              : today.minusDays(120).plusDays(random.nextInt(241));
      ReviewState state =
          i % 97 == 5
              ? ReviewState.PENDING
              : i % 89 == 7 ? ReviewState.DRAFT : ReviewState.PUBLISHED;
      list.add(grant(random, deadline, i, state));
    }
    grants.importAll(list, "demo");
  }

  private static ImportedGrant grant(Random random, LocalDate deadline, int i, ReviewState state) {
    int t = random.nextInt(THEMES.length);
    String organizer = ORGANIZERS[random.nextInt(ORGANIZERS.length)];
    String theme = THEMES[t];
    int year = deadline.getMonthValue() >= 4 ? deadline.getYear() : deadline.getYear() - 1;
    String title = year + "年度 " + theme + KINDS[random.nextInt(KINDS.length)];
    boolean unknownAmount = random.nextInt(8) == 0;
    long amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
    String amountText =
        unknownAmount ? "事業内容に応じて決定" : "1件あたり上限" + yen(amount) + "（総額" + yen(amount * 10) + "）";
    LocalDate from = deadline.minusDays(30 + random.nextInt(60));
    String slug = "grant" + (i + 1);
    return new ImportedGrant(
        organizer,
        title,
        List.of(FIELDS[t]),
        AREAS[random.nextInt(AREAS.length)],
        theme + "に取り組む民間の非営利団体を応援し、地域の課題解決と住民の参加を広げることを目的とします。",
        amountText,
        unknownAmount ? null : amount,
        theme + "に関する事業で、助成決定日から翌年3月末までに実施されるもの。",
        "山口県内に活動拠点のある県民活動団体・NPO法人・ボランティアグループ（法人格の有無は問いません）",
        from,
        deadline,
        "募集要項をご確認のうえ、所定の申請書に必要事項を記入し、締切日必着で郵送またはメールでお送りください。",
        organizer + " 助成担当",
        "753-0" + String.format("%03d", i % 1000),
        "山口県山口市中央" + (1 + i % 5) + "丁目" + (1 + i % 20) + "番" + (1 + i % 9) + "号",
        "083-9" + String.format("%02d", i % 100) + "-" + String.format("%04d", 1000 + i % 9000),
        random.nextBoolean() ? "083-9" + String.format("%02d", i % 100) + "-0000" : null,
        "josei" + (i % 50) + "@example.jp",
        "https://example.jp/" + slug,
        state);
  }

  private static String yen(long amount) {
    return amount % 10_000 == 0 ? (amount / 10_000) + "万円" : amount + "円";
  }
}
