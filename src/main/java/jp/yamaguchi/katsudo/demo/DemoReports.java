package jp.yamaguchi.katsudo.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.report.ImportedReport;
import jp.yamaguchi.katsudo.report.ReportImport;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * 活動実績・事例: generated reports of the last three years with photos (FULL: the 95 of spec §0,
 * STANDARD: 12). The photos are small PNG pictures drawn here (a landscape of sky, hills and
 * people-like shapes in the activity's colours), stored through the media library with their
 * alternative text.
 */
@Component
class DemoReports implements DemoSet {

  static final int STANDARD = 12;
  static final int FULL = 95;
  static final int PICTURES = 12;

  private record Theme(String title, String body, String place, String alt, Color ground) {}

  private static final Theme[] THEMES = {
    new Theme(
        "海岸清掃活動",
        "地域の皆さんと一緒に海岸のごみ拾いを行いました。ペットボトルや漁具など、集めたごみは約200kgになりました。",
        "防府市 富海海岸",
        "砂浜でごみを拾う参加者たち",
        new Color(0xD9C27A)),
    new Theme(
        "子ども食堂の開催",
        "地域の子どもたちと保護者に温かい食事を提供しました。食後は大学生ボランティアと宿題や工作をしました。",
        "山口市 地域交流センター",
        "テーブルを囲んで食事をする子どもたち",
        new Color(0xE9A35B)),
    new Theme(
        "里山の竹林整備",
        "放置竹林の伐採と竹チップづくりを行いました。伐った竹は竹灯籠の材料として活用します。",
        "美祢市 秋吉台周辺",
        "竹林で竹を運ぶ参加者たち",
        new Color(0x5E8C4A)),
    new Theme(
        "高齢者サロン",
        "体操と茶話会を行いました。季節の歌を一緒に歌い、和やかな時間となりました。",
        "宇部市 ふれあいセンター",
        "輪になって体操をする高齢の参加者たち",
        new Color(0xB7A3D6)),
    new Theme(
        "防災ワークショップ",
        "避難所の運営を体験するワークショップを行い、段ボールベッドの組み立てに挑戦しました。",
        "周南市 市民交流センター",
        "段ボールベッドを組み立てる参加者たち",
        new Color(0x8FA7C4)),
    new Theme(
        "花いっぱい運動",
        "駅前の花壇にパンジーやビオラを植えました。通学途中の高校生も参加してくれました。",
        "下関市 駅前花壇",
        "花壇に花を植える参加者たち",
        new Color(0xE58FA6)),
    new Theme(
        "多文化交流まつり",
        "外国にルーツのある住民と一緒に、各国の料理やダンスを楽しむ交流会を開きました。",
        "岩国市 中央公民館",
        "民族衣装で踊る参加者と見物する人たち",
        new Color(0xF2C14E)),
    new Theme(
        "絵本の読み聞かせ会",
        "図書館で絵本の読み聞かせと手遊びを行いました。親子連れ約40名が参加しました。",
        "萩市 市立図書館",
        "絵本の読み聞かせを聞く親子",
        new Color(0x9CC9A3))
  };

  private static final String[] GROUPS = {
    "NPO法人 やまぐち里山ネット", "宇部花いっぱいの会", "ほうふ海岸クラブ", "しものせき子ども応援団",
    "周南防災ネットワーク", "いわくに国際交流の会", "はぎ読み聞かせの会", "NPO法人 みねの竹林再生会"
  };

  private static final String[] KANA = {
    "やまぐちさとやまねっと", "うべはないっぱいのかい", "ほうふかいがんくらぶ", "しものせきこどもおうえんだん",
    "しゅうなんぼうさいねっとわーく", "いわくにこくさいこうりゅうのかい", "はぎよみきかせのかい", "みねのちくりんさいせいかい"
  };

  private final ReportImport reports;
  private final MediaLibrary media;
  private final Clock clock;

  DemoReports(ReportImport reports, MediaLibrary media, Clock clock) {
    this.reports = reports;
    this.media = media;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public boolean present() {
    return !reports.isEmpty();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    int count = scale == DemoScale.FULL ? FULL : STANDARD;
    List<List<Long>> pictures = new ArrayList<>();
    for (int t = 0; t < THEMES.length; t++) {
      List<Long> ids = new ArrayList<>();
      int n = scale == DemoScale.FULL ? 2 : 1;
      for (int k = 0; k < n; k++) ids.add(picture(THEMES[t], new Random(random.nextLong()), t, k));
      pictures.add(ids);
    }
    LocalDate today = LocalDate.now(clock);
    List<ImportedReport> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int t = i % THEMES.length;
      int g = (i * 3 + random.nextInt(2)) % GROUPS.length;
      Theme theme = THEMES[t];
      LocalDate held = today.minusDays(7 + random.nextInt(3 * 365));
      List<Long> photos = pictures.get(t);
      ReviewState state =
          i == 1 ? ReviewState.PENDING : i == 2 ? ReviewState.DRAFT : ReviewState.PUBLISHED;
      list.add(
          new ImportedReport(
              held.getYear() + "年" + held.getMonthValue() + "月 " + theme.title(),
              theme.body()
                  + "\n\n参加者からは「また参加したい」との声が多く寄せられました。次回は"
                  + (held.getMonthValue() % 12 + 1)
                  + "月に開催する予定です。",
              GROUPS[g],
              KANA[g],
              held,
              (9 + random.nextInt(5)) + "時～" + (13 + random.nextInt(4)) + "時",
              theme.place(),
              "約" + (10 + random.nextInt(9) * 5) + "名",
              random.nextBoolean() ? "やまぐち県民活動支援センター（協力）" : null,
              random.nextInt(3) == 0 ? "https://example.jp/katsudo/" + (i + 1) : null,
              photos.subList(0, 1 + random.nextInt(photos.size())),
              state));
    }
    reports.importAll(list, "demo");
  }

  /** Draws a small PNG and keeps it in the media library with its alternative text. */
  private long picture(Theme theme, Random random, int t, int k) {
    int w = 480;
    int h = 320;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(0xBFE3F5));
      g.fillRect(0, 0, w, h);
      g.setColor(new Color(0xFFF2B0));
      g.fillOval(w - 110, 30, 60, 60);
      g.setColor(theme.ground().darker());
      g.fillOval(-80, 150 + random.nextInt(30), 360, 260);
      g.fillOval(200, 170 + random.nextInt(30), 420, 260);
      g.setColor(theme.ground());
      g.fillRect(0, 230, w, h - 230);
      g.setStroke(new BasicStroke(4));
      for (int p = 0; p < 4 + random.nextInt(4); p++) {
        int x = 40 + p * 60 + random.nextInt(20);
        int y = 200 + random.nextInt(40);
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillOval(x, y, 22, 22);
        g.fillRoundRect(x - 4, y + 24, 30, 44, 10, 10);
      }
      g.setColor(Color.WHITE);
      g.drawRect(2, 2, w - 5, h - 5);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    String name = "report-" + (t + 1) + "-" + (k + 1) + ".png";
    return media
        .store(name, bytes.length, new ByteArrayResource(bytes), theme.alt(), theme.title())
        .id();
  }
}
