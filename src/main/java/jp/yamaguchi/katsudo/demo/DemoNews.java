package jp.yamaguchi.katsudo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.ImportedNews;
import jp.yamaguchi.katsudo.news.NewsImport;
import jp.yamaguchi.katsudo.news.NewsKind;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * お知らせ and センターからのお知らせ: the written items of {@code demo/news.json}, published, plus a few in every
 * other review state so the admin shows them all. At FULL scale, generated items bring each list to
 * the volumes of spec §0 (Supernet お知らせ 249, センターからのお知らせ 133, Aikasanet お知らせ 100), dated over the
 * eight years before the newest written item.
 */
@Component
class DemoNews implements DemoSet {

  static final String AUTHOR = "demo";
  static final int FULL_SUPERNET_NEWS = 249;
  static final int FULL_CENTER_NEWS = 133;
  static final int FULL_AIKASANET_NEWS = 100;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final NewsImport news;

  DemoNews(NewsImport news) {
    this.news = news;
  }

  /** One entry of {@code demo/news.json}. */
  record Written(Site site, NewsKind kind, String title, LocalDate publishedOn, String html) {}

  @Override
  public int order() {
    return 30;
  }

  @Override
  public boolean present() {
    return !news.isEmpty();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    List<Written> written = written();
    LocalDate newest =
        written.stream().map(Written::publishedOn).max(Comparator.naturalOrder()).orElseThrow();
    List<ImportedNews> items = new ArrayList<>();
    if (scale == DemoScale.FULL) {
      var generator = new DemoNewsText(random, newest);
      items.addAll(
          generator.items(
              Site.SUPERNET,
              NewsKind.NEWS,
              FULL_SUPERNET_NEWS - count(written, Site.SUPERNET, NewsKind.NEWS)));
      items.addAll(
          generator.items(
              Site.SUPERNET,
              NewsKind.CENTER_NEWS,
              FULL_CENTER_NEWS - count(written, Site.SUPERNET, NewsKind.CENTER_NEWS)));
      items.addAll(
          generator.items(
              Site.AIKASANET,
              NewsKind.NEWS,
              FULL_AIKASANET_NEWS - count(written, Site.AIKASANET, NewsKind.NEWS)));
      items.sort(Comparator.comparing(ImportedNews::publishedOn));
    }
    for (Written w : written) {
      items.add(
          new ImportedNews(
              w.site(),
              w.kind(),
              w.title(),
              w.html(),
              w.publishedOn(),
              ReviewState.PUBLISHED,
              AUTHOR,
              null));
    }
    items.addAll(inReview(newest));
    news.importAll(items, AUTHOR);
  }

  private List<Written> written() {
    try (InputStream in = new ClassPathResource("demo/news.json").getInputStream()) {
      return JSON.readValue(in, new TypeReference<List<Written>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(List<Written> written, Site site, NewsKind kind) {
    return (int) written.stream().filter(w -> w.site() == site && w.kind() == kind).count();
  }

  /** Items in the other states, so the admin list shows each of them. */
  private static List<ImportedNews> inReview(LocalDate newest) {
    return List.of(
        new ImportedNews(
            Site.SUPERNET,
            NewsKind.NEWS,
            "年末年始の休館と掲載処理について",
            paragraphs(
                "12月29日から1月3日まで、やまぐち県民活動支援センターは休館します。",
                "休館中にいただいた掲載のお申し込みや修正依頼は、1月5日から順次確認し、公開します。"),
            newest.plusDays(3),
            ReviewState.DRAFT,
            AUTHOR,
            null),
        new ImportedNews(
            Site.SUPERNET,
            NewsKind.CENTER_NEWS,
            "NPO法人の事業報告書作成講座を開催します",
            paragraphs(
                "事業年度が終わったNPO法人の担当者を対象に、事業報告書と活動計算書の作り方を学ぶ講座を開催します。",
                "日時：1月24日（土） 13時30分～16時　会場：やまぐち県民活動支援センター 会議スペース　定員：20名"),
            newest.plusDays(1),
            ReviewState.PENDING,
            AUTHOR,
            null),
        new ImportedNews(
            Site.AIKASANET,
            NewsKind.NEWS,
            "冬休みボランティア体験の参加者を募集しています",
            paragraphs(
                "冬休み期間中に、中学生・高校生が県内の団体の活動を体験できるボランティア体験を実施します。",
                "受け入れ団体の一覧と申し込み方法は、募集情報のページをご覧ください。"),
            newest.plusDays(2),
            ReviewState.PENDING,
            AUTHOR,
            null),
        new ImportedNews(
            Site.SUPERNET,
            NewsKind.CENTER_NEWS,
            "協働事例発表会の発表団体を募集します",
            paragraphs("県内で行政や企業と協働して活動している団体の発表を募集します。"),
            newest.plusDays(2),
            ReviewState.RETURNED,
            AUTHOR,
            "開催日時、会場、応募の締め切りが書かれていません。追記してから、もう一度審査を依頼してください。"),
        new ImportedNews(
            Site.SUPERNET,
            NewsKind.NEWS,
            "印刷機の一時利用停止について",
            paragraphs("印刷機の点検のため、11月10日（月）は終日ご利用いただけません。"),
            newest.minusDays(20),
            ReviewState.PRIVATE,
            AUTHOR,
            null));
  }

  static String paragraphs(String... texts) {
    var html = new StringBuilder();
    for (String t : texts)
      html.append("<p>").append(HtmlUtils.htmlEscape(t, "UTF-8")).append("</p>");
    return html.toString();
  }
}
