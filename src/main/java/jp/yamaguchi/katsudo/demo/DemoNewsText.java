package jp.yamaguchi.katsudo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.ImportedNews;
import jp.yamaguchi.katsudo.news.NewsKind;

/**
 * Generates plausible news items for the FULL demo scale from combinations of the phrases the
 * center uses, deterministically from the given {@link Random}.
 */
final class DemoNewsText {

  private static final int YEARS = 8;

  private static final String[] MUNICIPALITIES = {
    "下関市", "宇部市", "山口市", "萩市", "防府市", "下松市", "岩国市", "光市", "長門市", "柳井市", "美祢市", "周南市", "山陽小野田市",
    "周防大島町", "和木町", "上関町", "田布施町", "平生町", "阿武町"
  };

  private static final String[] COURSES = {
    "NPO・市民活動基礎講座", "団体の会計・税務講座", "広報力アップ講座", "助成金申請書の書き方講座", "ボランティアコーディネーター養成講座",
    "SNS活用講座", "NPO法人設立講座", "事業計画づくり講座", "チラシづくり講座", "オンライン会議活用講座"
  };

  private static final String[] CENTER_EVENTS = {
    "県民活動交流会", "NPO法人設立相談会", "助成金説明会", "協働事例発表会", "県民活動フェスタ", "企業とNPOの交流会", "市民活動団体のための個別相談会"
  };

  private static final String[] CLOSURES = {"臨時休館", "施設点検のための休館", "会議スペースの利用休止", "印刷機の利用休止"};

  private static final String[] SITE_TOPICS = {
    "掲載登録フォームの入力項目を見直しました",
    "イベント・募集情報の検索機能を改善しました",
    "助成情報の締め切りカレンダーを更新しました",
    "団体の登録情報の確認をお願いします",
    "迷惑メールにご注意ください",
    "メールアドレスを変更したときのお願い",
    "システムメンテナンスに伴うサービス停止のお知らせ",
    "活動実績・事例の掲載を受け付けています"
  };

  private static final String[] GRANTS = {
    "やまぐち社会貢献活動支援助成", "地域づくり活動助成", "子どもの居場所づくり助成", "環境保全活動助成", "福祉のまちづくり助成", "文化・芸術振興助成"
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
    "光市災害ボランティアの会"
  };

  private static final String[] VOLUNTEER_THEMES = {
    "夏休みボランティア体験",
    "春休みボランティア体験",
    "海岸清掃ボランティア",
    "子ども食堂のお手伝い",
    "高齢者の見守り活動",
    "災害ボランティア入門講座",
    "手話ボランティア養成講座",
    "外国人住民の日本語学習支援",
    "里山の竹林整備",
    "図書館の読み聞かせボランティア"
  };

  private static final String[] VENUES = {
    "やまぐち県民活動支援センター 会議スペース",
    "山口県セミナーパーク",
    "周南市市民交流センター",
    "下関市生涯学習プラザ",
    "宇部市男女共同参画センター",
    "オンライン（Zoom）"
  };

  private static final String[] WEEKDAYS = {"月", "火", "水", "木", "金", "土", "日"};

  private final Random random;
  private final LocalDate newest;

  DemoNewsText(Random random, LocalDate newest) {
    this.random = random;
    this.newest = newest;
  }

  /** {@code count} published items of the site and kind, dated over the eight years before. */
  List<ImportedNews> items(Site site, NewsKind kind, int count) {
    List<ImportedNews> items = new ArrayList<>(Math.max(0, count));
    for (int i = 0; i < count; i++) {
      LocalDate date = newest.minusDays(30 + random.nextInt(365 * YEARS - 30));
      String[] text =
          switch (kind) {
            case CENTER_NEWS -> centerNews(date);
            case NEWS -> site == Site.AIKASANET ? aikasanetNews(date) : supernetNews(date);
          };
      items.add(
          new ImportedNews(
              site, kind, text[0], text[1], date, ReviewState.PUBLISHED, DemoNews.AUTHOR, null));
    }
    return items;
  }

  /** The text of one item, or null when it does not fit the date (a seasonal topic). */
  private interface Topic {
    String[] text(LocalDate date);
  }

  /** One of the topics that fit the date, chosen at random. */
  private String[] pickTopic(LocalDate date, Topic... topics) {
    while (true) {
      String[] text = topics[random.nextInt(topics.length)].text(date);
      if (text != null) return text;
    }
  }

  /** The season a notice about office hours is written in, or null. */
  private static String season(LocalDate date) {
    return switch (date.getMonthValue()) {
      case 4 -> "大型連休期間中";
      case 8 -> "お盆期間中";
      case 12 -> "年末年始";
      case 3 -> "年度末";
      default -> null;
    };
  }

  private String[] supernetNews(LocalDate date) {
    String fy = fiscalYear(date);
    return pickTopic(
        date,
        d -> {
          String season = season(d);
          if (season == null) return null;
          return new String[] {
            season + "の掲載処理について",
            DemoNews.paragraphs(
                season + "にいただいた掲載のお申し込みや修正依頼は、休み明けから順次確認し、公開します。",
                "公開までに通常よりお時間をいただく場合がありますので、あらかじめご了承ください。")
          };
        },
        d -> {
          String grant = pick(GRANTS);
          return new String[] {
            fy + " " + grant + "の募集情報を掲載しました",
            DemoNews.paragraphs(
                fy + "の" + grant + "の募集が始まりました。対象となる活動、助成金額、応募の締め切りは「助成を探す」の募集情報をご覧ください。",
                "申請書の書き方については、センターの相談窓口でもご相談に応じています。")
          };
        },
        d -> {
          String topic = pick(SITE_TOPICS);
          String title =
              topic.startsWith("システム")
                  ? topic + "（" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日）"
                  : topic;
          return new String[] {
            title,
            DemoNews.paragraphs(
                "県民活動スーパーネットをご利用いただき、ありがとうございます。" + topic + "。",
                "ご不明な点は、やまぐち県民活動支援センターまでお問い合わせください。")
          };
        },
        d -> {
          if (d.getMonthValue() < 4 || d.getMonthValue() > 6) return null;
          return new String[] {
            fy + "の登録情報の確認をお願いします",
            DemoNews.paragraphs(
                "役員の交代や事務所の移転などで登録情報に変更がある団体は、「修正依頼」からお知らせください。", "センターで確認のうえ反映します。")
          };
        },
        d -> {
          String city = pick(MUNICIPALITIES);
          return new String[] {
            city + "の市民活動情報を更新しました",
            DemoNews.paragraphs(
                city + "で活動する団体の情報と、" + city + "で開催されるイベント・募集の情報を更新しました。",
                "「団体・企業を探す」で地域を選ぶと、" + city + "の団体を一覧で見られます。")
          };
        });
  }

  private String[] centerNews(LocalDate date) {
    String fy = fiscalYear(date);
    LocalDate day = date.plusDays(14 + random.nextInt(22));
    String when = dayLabel(day);
    String venue = pick(VENUES);
    return pickTopic(
        date,
        d -> {
          String course = pick(COURSES);
          return new String[] {
            fy + " " + course + "の受講者を募集します",
            DemoNews.paragraphs("団体の運営に役立つ" + course + "を開催します。") + event(when, venue, "20名（先着順）")
          };
        },
        d -> {
          String event = pick(CENTER_EVENTS);
          return new String[] {
            event + "を開催します",
            DemoNews.paragraphs("県内で活動する団体や、これから活動を始めたい方を対象に、" + event + "を開催します。")
                + event(when, venue, "30名")
          };
        },
        d -> {
          if (d.getMonthValue() != 12) return null;
          return new String[] {
            "年末年始の休館について",
            DemoNews.paragraphs(
                "12月29日から1月3日まで、やまぐち県民活動支援センターは休館します。", "休館中のお問い合わせには、1月4日以降に順次お答えします。")
          };
        },
        d -> {
          String closure = pick(CLOSURES);
          return new String[] {
            when + "は" + closure + "となります",
            DemoNews.paragraphs(
                when + "は" + closure + "となります。ご不便をおかけしますが、ご理解をお願いします。",
                "お電話でのお問い合わせも、翌開館日以降の対応となります。")
          };
        },
        d -> {
          String event = pick(CENTER_EVENTS);
          return new String[] {
            event + "の開催報告",
            DemoNews.paragraphs(
                event + "を開催し、" + (20 + random.nextInt(60)) + "名の方にご参加いただきました。",
                "当日の様子と参加者アンケートの結果を、活動実績・事例のページで紹介しています。")
          };
        });
  }

  private String[] aikasanetNews(LocalDate date) {
    String fy = fiscalYear(date);
    return pickTopic(
        date,
        d -> {
          String theme = pick(VOLUNTEER_THEMES);
          String city = pick(MUNICIPALITIES);
          return new String[] {
            city + "で" + theme + "の参加者を募集しています",
            DemoNews.paragraphs(
                city + "で行う" + theme + "の参加者を募集しています。初めての方も歓迎します。",
                "活動日時や申し込み方法は、募集中のボランティア情報をご覧ください。")
          };
        },
        d -> {
          String group = pick(GROUPS);
          return new String[] {
            "取材報告「" + group + "」を掲載しました",
            DemoNews.paragraphs(
                group + "の活動の様子を取材しました。活動を始めたきっかけや、ボランティアの方への思いを紹介しています。", "取材報告のページからご覧ください。")
          };
        },
        d -> {
          if (d.getMonthValue() != 4) return null;
          return new String[] {
            "やまぐち健幸アプリの二次元コードを更新しました（" + fy + "）",
            DemoNews.paragraphs(
                fy + "のやまぐち健幸アプリのポイント付与用二次元コードを更新しました。",
                "前年度の二次元コードではポイントが付与されませんので、活動当日に掲示する二次元コードをご確認ください。")
          };
        },
        d -> {
          if (d.getMonthValue() < 4 || d.getMonthValue() > 5) return null;
          return new String[] {
            fy + "の会員情報の確認をお願いします",
            DemoNews.paragraphs(
                "あいかさねっとに登録している会員のみなさまは、マイページから登録情報が最新かご確認ください。",
                "活動できる曜日や地域を更新すると、より合ったボランティア募集のお知らせが届きます。")
          };
        });
  }

  private String event(String when, String venue, String capacity) {
    return "<ul><li>日時："
        + when
        + " 13時30分～16時</li><li>会場："
        + venue
        + "</li><li>定員："
        + capacity
        + "　参加費：無料</li></ul>"
        + DemoNews.paragraphs("電話、FAXまたはメールで、氏名、連絡先、所属団体名をお知らせください。");
  }

  /** A day as notices name it, e.g. 「6月14日（土）」. */
  private static String dayLabel(LocalDate day) {
    return day.getMonthValue()
        + "月"
        + day.getDayOfMonth()
        + "日（"
        + WEEKDAYS[day.getDayOfWeek().getValue() - 1]
        + "）";
  }

  /** The Japanese fiscal year (April to March) of a date, e.g. 「令和7年度」 or 「平成30年度」. */
  static String fiscalYear(LocalDate date) {
    int fy = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    if (fy >= 2019) return fy == 2019 ? "令和元年度" : "令和" + (fy - 2018) + "年度";
    return "平成" + (fy - 1988) + "年度";
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
