package jp.yamaguchi.katsudo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.newsletter.ImportedIssue;
import jp.yamaguchi.katsudo.newsletter.Newsletters;
import org.springframework.stereotype.Component;

/**
 * さぽ～とメール back numbers in the plain-text shape they were mailed in, two a month back from the
 * newest; each carries an old post ID so its old URL redirects. 24 issues at STANDARD, the 397 of
 * spec §0 at FULL; the newest is a draft waiting for review.
 */
@Component
class DemoNewsletters implements DemoSet {

  static final int STANDARD = 24;
  static final int FULL = 397;
  static final LocalDate NEWEST = LocalDate.of(2026, 3, 15);
  static final long FIRST_LEGACY_ID = 2007;

  private static final String[] EVENTS = {
    "NPO法人設立・運営講座",
    "ボランティアコーディネーター養成講座",
    "助成金申請書の書き方セミナー",
    "県民活動交流会",
    "企業と団体のマッチング交流会",
    "広報力アップ講座",
    "防災ボランティア研修",
    "子ども食堂ネットワーク会議",
    "会計・税務の専門家相談会",
    "SNS活用セミナー"
  };
  private static final String[] PLACES = {
    "山口県県民活動交流館", "周南市市民交流センター", "下関市生涯学習プラザ", "宇部市男女共同参画センター", "岩国市民文化会館", "オンライン（Zoom）"
  };
  private static final String[] GRANTS = {
    "地域づくり活動助成", "子どもの居場所づくり助成", "環境保全活動助成", "災害支援活動助成", "福祉活動振興助成"
  };

  private final Newsletters newsletters;

  DemoNewsletters(Newsletters newsletters) {
    this.newsletters = newsletters;
  }

  @Override
  public int order() {
    return 45;
  }

  @Override
  public boolean present() {
    return !newsletters.isEmpty();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    newsletters.importAll(issues(scale, random), DemoNews.AUTHOR);
  }

  static List<ImportedIssue> issues(DemoScale scale, Random random) {
    int count = scale == DemoScale.FULL ? FULL : STANDARD;
    int first = FULL - count + 1;
    List<ImportedIssue> issues = new ArrayList<>(count);
    for (int number = first; number <= FULL; number++) {
      LocalDate date = NEWEST.minusDays(15L * (FULL - number));
      ReviewState state = number == FULL ? ReviewState.PENDING : ReviewState.PUBLISHED;
      issues.add(
          new ImportedIssue(
              number,
              "さぽ～とメール 第" + number + "号",
              body(number, date, random),
              date,
              number == FULL ? null : FIRST_LEGACY_ID + number - 1,
              state,
              DemoNews.AUTHOR));
    }
    return issues;
  }

  private static String body(int number, LocalDate date, Random r) {
    LocalDate eventDay = date.plusDays(10 + r.nextInt(30));
    String event = EVENTS[r.nextInt(EVENTS.length)];
    String place = PLACES[r.nextInt(PLACES.length)];
    String grant = GRANTS[r.nextInt(GRANTS.length)];
    return String.join(
        "\n",
        "━━━━━━━━━━━━━━━━━━━━━━━━",
        "　さぽ～とメール　第" + number + "号",
        "　" + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日発行",
        "　やまぐち県民活動支援センター",
        "━━━━━━━━━━━━━━━━━━━━━━━━",
        "",
        "いつも県民活動スーパーネットをご利用いただき、ありがとうございます。",
        "センターからのお知らせと、県内の県民活動の情報をお届けします。",
        "",
        "■目次",
        "１．センターからのお知らせ",
        "２．イベント・講座のご案内",
        "３．助成金の情報",
        "",
        "━━━━━━━━━━━━━━━━━━━━━━━━",
        "１．センターからのお知らせ",
        "━━━━━━━━━━━━━━━━━━━━━━━━",
        "センターの交流コーナー（Zoom部屋）と印刷機は、どなたでも予約してご利用いただけます。",
        "空き状況はスーパーネットのトップページでご確認ください。",
        "",
        "━━━━━━━━━━━━━━━━━━━━━━━━",
        "２．イベント・講座のご案内",
        "━━━━━━━━━━━━━━━━━━━━━━━━",
        "◆" + event,
        "　日時：" + eventDay.getMonthValue() + "月" + eventDay.getDayOfMonth() + "日　13時30分～16時",
        "　会場：" + place,
        "　定員：" + (20 + r.nextInt(5) * 10) + "名（先着順）　参加費：無料",
        "　申込み：センターまで電話またはメールで",
        "",
        "━━━━━━━━━━━━━━━━━━━━━━━━",
        "３．助成金の情報",
        "━━━━━━━━━━━━━━━━━━━━━━━━",
        "◆" + grant + "（上限" + (10 + r.nextInt(9) * 10) + "万円）",
        "　県内で活動する非営利団体が対象です。詳しくはスーパーネットの「助成を探す」をご覧ください。",
        "",
        "------------------------------------------------",
        "配信の停止・アドレスの変更は、センターまでご連絡ください。",
        "やまぐち県民活動支援センター　電話：083-901-2340",
        "------------------------------------------------");
  }
}
