package jp.yamaguchi.katsudo.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import jp.yamaguchi.katsudo.directory.ImportedDirectoryEntry;

/**
 * Generates plausible directory entries (県民活動団体, NPO法人, 企業) from combinations of place names,
 * themes and name endings, deterministically from the given {@link Random}. Codes are those of the
 * default lists (V2__list_defaults.sql). Every address and mail address is fictitious (example.jp).
 */
final class DemoDirectoryText {

  /** Municipality codes, names and ふりがな (same order). */
  private static final String[] CITY_CODES = {
    "shimonoseki", "ube", "yamaguchi", "hagi", "hofu", "kudamatsu", "iwakuni", "hikari", "nagato",
    "yanai", "mine", "shunan", "sanyoonoda", "suooshima", "waki", "kaminoseki", "tabuse", "hirao",
    "abu"
  };

  private static final String[] CITY_NAMES = {
    "下関市", "宇部市", "山口市", "萩市", "防府市", "下松市", "岩国市", "光市", "長門市", "柳井市", "美祢市", "周南市", "山陽小野田市",
    "周防大島町", "和木町", "上関町", "田布施町", "平生町", "阿武町"
  };

  private static final String[] PLACES = {
    "下関", "宇部", "山口", "萩", "防府", "下松", "岩国", "光", "長門", "柳井", "美祢", "周南", "小野田", "大島", "和木", "上関",
    "田布施", "平生", "阿武", "やまぐち", "湯田", "秋吉台", "錦川", "瀬戸内", "椹野川", "徳地", "豊浦", "油谷"
  };

  private static final String[] PLACES_KANA = {
    "しものせき", "うべ", "やまぐち", "はぎ", "ほうふ", "くだまつ", "いわくに", "ひかり", "ながと", "やない", "みね", "しゅうなん",
    "おのだ", "おおしま", "わき", "かみのせき", "たぶせ", "ひらお", "あぶ", "やまぐち", "ゆだ", "あきよしだい", "にしきがわ", "せとうち",
    "ふしのがわ", "とくぢ", "とよら", "ゆや"
  };

  /** Themes: name part, its ふりがな, the activity field codes, a sentence about the activity. */
  private static final String[][] THEMES = {
    {"子ども食堂", "こどもしょくどう", "f13,f01", "地域の子どもたちに毎月2回、手作りの夕食と学習の場を提供しています。"},
    {"環境を守る", "かんきょうをまもる", "f07", "河川敷の清掃活動と、小学校での環境学習の出前講座を行っています。"},
    {"子育て支援", "こそだてしえん", "f13,f12", "乳幼児の親子が集えるサロンを週1回開き、子育ての相談に応じています。"},
    {"高齢者見守り", "こうれいしゃみまもり", "f01,f09", "一人暮らしの高齢者宅を定期的に訪問し、安否確認と話し相手をしています。"},
    {"まちづくり", "まちづくり", "f03,f04", "商店街の空き店舗を活用した交流スペースを運営し、地域の催しを企画しています。"},
    {"国際交流", "こくさいこうりゅう", "f11,f10", "在住外国人のための日本語教室と、多文化交流のイベントを開いています。"},
    {"防災", "ぼうさい", "f08,f09", "自主防災の訓練や避難所運営の研修を行い、災害時にはボランティアを派遣します。"},
    {"里山保全", "さとやまほぜん", "f07,f05", "荒れた竹林の整備と、炭焼き体験を通じた里山の保全に取り組んでいます。"},
    {"障がい者スポーツ", "しょうがいしゃすぽーつ", "f06,f01", "障がいのある人もない人も一緒に楽しめるスポーツ教室を開いています。"},
    {"読み聞かせ", "よみきかせ", "f02,f13", "図書館や保育園で絵本の読み聞かせと紙芝居の公演を行っています。"},
    {"フードバンク", "ふーどばんく", "f01,f18", "家庭や企業から食品を集め、支援が必要な世帯へ届けています。"},
    {"伝統芸能保存", "でんとうげいのうほぞん", "f06,f04", "地域に伝わる神楽の保存と、子どもたちへの継承に取り組んでいます。"},
    {"男女共同参画", "だんじょきょうどうさんかく", "f12,f10", "講演会や学習会を通じて、誰もが活躍できる地域づくりを進めています。"},
    {"ICT支援", "あいしーてぃーしえん", "f14,f02", "高齢者向けのスマートフォン教室と、団体のホームページづくりを支援しています。"},
    {"就労支援", "しゅうろうしえん", "f17,f01", "働きづらさを抱える若者の就労体験と、職場定着の相談を行っています。"},
    {"農業体験", "のうぎょうたいけん", "f05,f16", "休耕田を活用した米づくりと野菜の収穫体験を、親子向けに開いています。"},
    {"観光ガイド", "かんこうがいど", "f04,f03", "歴史ある町並みを案内するボランティアガイドを行っています。"},
    {"不登校支援", "ふとうこうしえん", "f13,f02", "学校に行きづらい子どもの居場所づくりと、保護者の相談会を行っています。"},
    {"科学教室", "かがくきょうしつ", "f15,f13", "小中学生向けに、身近な材料で楽しむ実験教室を開いています。"},
    {"市民活動サポート", "しみんかつどうさぽーと", "f19,f03", "地域の団体の運営相談や、団体同士の交流会を開いています。"},
    {"消費生活", "しょうひせいかつ", "f18,f02", "悪質商法の被害を防ぐ出前講座と、消費生活の学習会を行っています。"},
    {"地域安全", "ちいきあんぜん", "f09,f13", "通学路の見守りと、夜間の防犯パトロールを行っています。"},
    {"音楽", "おんがく", "f06", "地域の施設を訪問し、合唱や器楽の演奏会を開いています。"},
    {"手話", "しゅわ", "f01,f10", "手話の学習会と、聴覚に障がいのある人との交流会を開いています。"}
  };

  private static final String[] ENDINGS = {
    "の会", "ネットワーク", "クラブ", "倶楽部", "協議会", "サークル", "応援団", "ひろば", "プロジェクト", "友の会"
  };

  private static final String[] ENDINGS_KANA = {
    "のかい", "ねっとわーく", "くらぶ", "くらぶ", "きょうぎかい", "さーくる", "おうえんだん", "ひろば", "ぷろじぇくと", "とものかい"
  };

  private static final String[] COMPANY_WORDS = {
    "山陽", "長州", "防長", "周防", "長門", "関門", "瀬戸内", "秋芳", "錦", "維新", "ふぐ", "夏みかん"
  };

  private static final String[] COMPANY_WORDS_KANA = {
    "さんよう", "ちょうしゅう", "ぼうちょう", "すおう", "ながと", "かんもん", "せとうち", "しゅうほう", "にしき", "いしん", "ふぐ", "なつみかん"
  };

  private static final String[][] COMPANY_TRADES = {
    {"建設", "けんせつ", "総合建設業として、県内の公共工事や住宅の建築を手がけています。"},
    {"運輸", "うんゆ", "県内を中心に貨物輸送と倉庫業を営んでいます。"},
    {"食品", "しょくひん", "地元の農水産物を使った加工食品を製造・販売しています。"},
    {"電機", "でんき", "電気設備工事と、事業所向けの省エネ設備の設計を行っています。"},
    {"印刷", "いんさつ", "チラシ・冊子などの印刷と、デザイン・ウェブ制作を行っています。"},
    {"化学", "かがく", "工業用の化学製品を製造しています。"},
    {"商事", "しょうじ", "事務用品と事務機器の販売・保守を行っています。"},
    {"ソフトウェア", "そふとうぇあ", "自治体や中小企業向けの業務システムを開発しています。"}
  };

  private static final String[] CSR = {
    "社員による地域の清掃活動を年4回行い、子ども食堂へ食材を寄付しています。",
    "地元の小中学校で職業体験の受け入れと、出前授業を行っています。",
    "災害時に備え、地域の避難所へ発電機と物資を提供する協定を結んでいます。",
    "売上の一部を県内の環境保全団体に寄付し、植樹活動に社員が参加しています。"
  };

  private static final String[] FAMILY = {
    "山本", "田中", "藤井", "松村", "河村", "岡本", "中村", "伊藤", "西村", "末永", "弘中", "原田", "村田", "有田", "白井", "福田"
  };

  private static final String[] GIVEN = {
    "一郎", "花子", "健太", "美咲", "隆", "由美", "誠", "恵子", "大輔", "直子", "博", "真理", "翔太", "陽子"
  };

  private static final String[] GROUP_CLASSES = {
    "nini",
    "nini",
    "nini",
    "nini",
    "nini",
    "nini",
    "ippan_shadan",
    "shakai_fukushi",
    "gyosei",
    "other"
  };

  private static final String[] COMPANY_CLASSES = {
    "kabushiki", "kabushiki", "kabushiki", "godo", "other"
  };

  private static final String[] AREAS = {
    "municipalities",
    "municipalities",
    "municipalities",
    "prefecture",
    "chushikoku",
    "west_japan",
    "nationwide"
  };

  private static final String[] FEES = {
    "なし", "年額1,000円", "年額2,000円", "月額500円", "正会員 年額3,000円、賛助会員 年額1,000円"
  };

  private static final LocalDate FIRST = LocalDate.of(2002, 4, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 3, 31);

  private DemoDirectoryText() {}

  /** Entries of the kind, with unique names; the review state and status vary by position. */
  static List<ImportedDirectoryEntry> entries(OrganisationKind kind, int count, Random random) {
    List<ImportedDirectoryEntry> out = new ArrayList<>(count);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < count; i++) {
      out.add(entry(kind, i, random, names));
    }
    return out;
  }

  private static ImportedDirectoryEntry entry(
      OrganisationKind kind, int i, Random random, Set<String> names) {
    boolean company = kind == OrganisationKind.COMPANY;
    String name;
    String kana;
    String activities;
    Set<String> fields = new LinkedHashSet<>();
    int city = random.nextInt(CITY_CODES.length);
    do {
      if (company) {
        int w = random.nextInt(COMPANY_WORDS.length);
        String[] trade = COMPANY_TRADES[random.nextInt(COMPANY_TRADES.length)];
        name = "株式会社" + COMPANY_WORDS[w] + trade[0];
        kana = "かぶしきがいしゃ" + COMPANY_WORDS_KANA[w] + trade[1];
        activities = trade[2];
      } else {
        int p = random.nextInt(PLACES.length);
        String[] theme = THEMES[random.nextInt(THEMES.length)];
        int e = random.nextInt(ENDINGS.length);
        String prefix = kind == OrganisationKind.NPO ? "特定非営利活動法人" : "";
        String prefixKana = kind == OrganisationKind.NPO ? "とくていひえいりかつどうほうじん" : "";
        name = prefix + PLACES[p] + theme[0] + ENDINGS[e];
        kana = prefixKana + PLACES_KANA[p] + theme[1] + ENDINGS_KANA[e];
        activities = theme[3];
        fields.addAll(List.of(theme[2].split(",")));
      }
    } while (!names.add(name) && names.size() < 100_000);
    String representative = person(random);
    String area = company ? null : AREAS[random.nextInt(AREAS.length)];
    Set<String> targetCities = new LinkedHashSet<>();
    if ("municipalities".equals(area)) {
      targetCities.add(CITY_CODES[city]);
      if (random.nextInt(3) == 0) targetCities.add(CITY_CODES[random.nextInt(CITY_CODES.length)]);
    }
    Set<String> features = new LinkedHashSet<>();
    if (random.nextInt(3) == 0) features.add("t1");
    if (company || random.nextInt(8) == 0) features.add("t2");
    if (random.nextInt(20) == 0) features.add("t3");
    if (!company && random.nextInt(2) == 0) features.add("t4");
    if (!company && random.nextInt(10) == 0) features.add("t5");
    if (company && random.nextInt(2) == 0) features.add("t6");
    String phone = String.format("083-%03d-%04d", 200 + random.nextInt(700), random.nextInt(10000));
    String slug = kind.name().toLowerCase() + (i + 1);
    LocalDate day = FIRST.plusDays(random.nextLong(LAST.toEpochDay() - FIRST.toEpochDay()));
    Instant at =
        day.atTime(9 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.ofHours(9));
    ReviewState state = state(i);
    return new ImportedDirectoryEntry(
        kind,
        status(i),
        state,
        at,
        company
            ? COMPANY_CLASSES[random.nextInt(COMPANY_CLASSES.length)]
            : kind == OrganisationKind.NPO
                ? "npo"
                : GROUP_CLASSES[random.nextInt(GROUP_CLASSES.length)],
        name,
        kana,
        representative,
        company ? "代表取締役" : "代表",
        person(random),
        company ? Set.of() : fields,
        area,
        company ? Set.of() : targetCities,
        company ? null : "地域の誰もが安心して暮らせるよう、" + activities.replace("しています。", "することを目的とします。"),
        activities,
        company ? CSR[random.nextInt(CSR.length)] : null,
        company ? "地域とともに歩む企業をめざしています。" : "活動に参加してくださる仲間を募集しています。見学も歓迎です。",
        String.format("75%d-%04d", random.nextInt(10), random.nextInt(10000)),
        "35",
        CITY_CODES[city],
        (1 + random.nextInt(5))
            + "丁目"
            + (1 + random.nextInt(30))
            + "番"
            + (1 + random.nextInt(20))
            + "号",
        phone,
        company ? phone.substring(0, phone.length() - 1) + "9" : null,
        random.nextInt(3) == 0 ? null : slug + "@example.jp",
        established(random, day),
        company ? "従業員" + (5 + random.nextInt(300)) + "名" : "約" + (5 + random.nextInt(60)) + "名",
        company ? null : FEES[random.nextInt(FEES.length)],
        random.nextInt(2) == 0 ? "https://" + slug + ".example.jp/" : null,
        "ホームページ",
        features,
        person(random),
        String.format("090-%04d-%04d", random.nextInt(10000), random.nextInt(10000)),
        "tanto-" + slug + "@example.jp",
        state == ReviewState.PUBLISHED && i % 97 == 5
            ? activities + "\n今年度から" + CITY_NAMES[city] + "の公民館でも活動を始めました。"
            : null);
  }

  /** Mostly 活動中; every tenth 解散, every twentieth 退会. */
  private static DirectoryStatus status(int i) {
    if (i % 20 == 7) return DirectoryStatus.WITHDRAWN;
    if (i % 10 == 3) return DirectoryStatus.DISSOLVED;
    return DirectoryStatus.ACTIVE;
  }

  /** Mostly published; some 仮登録, returned, unpublished and unconfirmed drafts. */
  private static ReviewState state(int i) {
    if (i % 50 == 1) return ReviewState.PENDING;
    if (i % 150 == 2) return ReviewState.RETURNED;
    if (i % 200 == 4) return ReviewState.PRIVATE;
    if (i % 300 == 6) return ReviewState.DRAFT;
    return ReviewState.PUBLISHED;
  }

  private static String person(Random random) {
    return FAMILY[random.nextInt(FAMILY.length)] + "　" + GIVEN[random.nextInt(GIVEN.length)];
  }

  private static String established(Random random, LocalDate registered) {
    int year = registered.getYear() - random.nextInt(15);
    return switch (random.nextInt(3)) {
      case 0 -> year + "年" + (1 + random.nextInt(12)) + "月";
      case 1 -> year + "年";
      default -> year + "年4月1日";
    };
  }
}
