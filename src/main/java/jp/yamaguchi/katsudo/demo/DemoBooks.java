package jp.yamaguchi.katsudo.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.book.BookInput;
import jp.yamaguchi.katsudo.book.Books;
import org.springframework.stereotype.Component;

/**
 * 蔵書: a catalogue in the shape of the center's spreadsheet (受付番号 00001…, 発行日 written the many ways
 * the legacy catalogue writes them, some left blank). 120 books at STANDARD; the 3,101 of spec §0
 * at FULL.
 */
@Component
class DemoBooks implements DemoSet {

  static final int STANDARD = 120;
  static final int FULL = 3101;
  static final String ACTOR = "demo";

  private static final String[] TOPICS = {
    "NPO",
    "ボランティア",
    "地域福祉",
    "協働",
    "防災",
    "子育て支援",
    "まちづくり",
    "市民活動",
    "環境保全",
    "高齢者支援",
    "男女共同参画",
    "国際交流",
    "生涯学習",
    "社会的企業",
    "中山間地域",
    "ファンドレイジング",
    "NPO会計",
    "災害ボランティア",
    "地域づくり",
    "子ども食堂"
  };
  private static final String[] FORMS = {
    "入門", "ハンドブック", "の手引き", "実践ガイド", "事例集", "の基礎", "Q&A", "読本", "白書", "の現場から", "のすすめ", "ワークブック"
  };
  private static final String[] FAMILY = {
    "山本", "河村", "藤井", "久保", "末永", "弘中", "原田", "岡田", "福田", "秋本", "松本", "国広", "藤本", "石川", "田中", "中村",
    "吉村", "西村", "林", "村田"
  };
  private static final String[] GIVEN = {
    "恵子", "修", "彩", "花子", "美咲", "翔", "由美", "千尋", "陽菜", "さくら", "和子", "大輔", "悠斗", "健一", "拓海", "真由美",
    "太郎", "直樹", "裕子", "誠"
  };
  private static final String[] ROLES = {"", "", "　著", "　編著", "　編", "　監修"};
  private static final String[] PUBLISHERS = {
    "ミネルヴァ書房",
    "中央法規出版",
    "ぎょうせい",
    "岩波書店",
    "学陽書房",
    "明石書店",
    "有斐閣",
    "やまぐち県民活動支援センター",
    "全国社会福祉協議会",
    "日本NPOセンター"
  };
  private static final String[] ABOUT = {
    "団体の立ち上げから運営までの基本を", "会計と税務の実務を", "ボランティアの受け入れと育成を",
    "地域の課題を解決した取り組みを", "助成金の申請書の書き方を", "行政と市民活動の協働の進め方を",
    "災害時の支援活動の実際を", "広報とウェブでの情報発信を", "子どもの居場所づくりを",
    "高齢者の見守り活動を"
  };
  private static final String[] HOW = {
    "豊富な事例とともに解説しています。", "図表を使ってわかりやすく紹介しています。",
    "現場の担当者の声を交えてまとめています。", "初めての方にも読みやすくまとめた一冊です。",
    "チェックリスト付きで実務に役立ちます。"
  };

  private final Books books;

  DemoBooks(Books books) {
    this.books = books;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public boolean present() {
    return !books.isEmpty();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    books.importAll(inputs(scale, random), ACTOR);
  }

  static List<BookInput> inputs(DemoScale scale, Random random) {
    int count = scale == DemoScale.FULL ? FULL : STANDARD;
    List<BookInput> list = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) list.add(book(i, random));
    return list;
  }

  private static BookInput book(int number, Random r) {
    String topic = pick(TOPICS, r);
    String title = topic + pick(FORMS, r);
    if (r.nextInt(5) == 0) title = title + "（第" + (2 + r.nextInt(4)) + "版）";
    String author =
        r.nextInt(12) == 0 ? "" : pick(FAMILY, r) + " " + pick(GIVEN, r) + pick(ROLES, r);
    String description = r.nextInt(8) == 0 ? "" : topic + "について、" + pick(ABOUT, r) + pick(HOW, r);
    return new BookInput(
        String.format("%05d", number), title, author, pick(PUBLISHERS, r), date(r), description);
  }

  /** 発行日 the ways the legacy catalogue writes it, or blank. */
  private static String date(Random r) {
    int year = 1990 + r.nextInt(35);
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(28);
    return switch (r.nextInt(10)) {
      case 0 -> "";
      case 1 -> year + "年" + month + "月";
      case 2 -> year + "/" + month + "/" + day;
      case 3 ->
          year < 2019 && year >= 1989 ? "H" + (year - 1988) + "." + month + "." + day : year + "年";
      case 4 ->
          year >= 2019
              ? "令和" + (year - 2018) + "年" + month + "月" + day + "日"
              : "平成" + (year - 1988) + "年" + month + "月" + day + "日";
      default -> String.format("%d-%02d-%02d", year, month, day);
    };
  }

  private static String pick(String[] values, Random r) {
    return values[r.nextInt(values.length)];
  }
}
