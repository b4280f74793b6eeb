package jp.yamaguchi.katsudo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.ImportedNews;
import jp.yamaguchi.katsudo.news.NewsImport;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsSearch;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoNewsTest {

  @Autowired NewsImport importer;
  @Autowired NewsEditing editing;

  long count(Site site, NewsKind kind, ReviewState state) {
    return editing
        .search(new NewsSearch(site, kind, state, null, NewsSearch.BY_DATE, false), 0)
        .getTotalElements();
  }

  @Test
  void fullScaleReachesTheSpecVolumesQuicklyAndShowsEveryState() {
    long sn = count(Site.SUPERNET, NewsKind.NEWS, ReviewState.PUBLISHED);
    long cn = count(Site.SUPERNET, NewsKind.CENTER_NEWS, ReviewState.PUBLISHED);
    long an = count(Site.AIKASANET, NewsKind.NEWS, ReviewState.PUBLISHED);
    long[] others = new long[ReviewState.values().length];
    for (ReviewState s : ReviewState.values()) others[s.ordinal()] = count(null, null, s);

    long start = System.nanoTime();
    new DemoNews(importer).load(DemoScale.FULL, new Random(DemoLoader.SEED + 30));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(millis).as("FULL scale news load time").isLessThan(20_000);
    assertThat(count(Site.SUPERNET, NewsKind.NEWS, ReviewState.PUBLISHED) - sn).isEqualTo(249);
    assertThat(count(Site.SUPERNET, NewsKind.CENTER_NEWS, ReviewState.PUBLISHED) - cn)
        .isEqualTo(133);
    assertThat(count(Site.AIKASANET, NewsKind.NEWS, ReviewState.PUBLISHED) - an).isEqualTo(100);
    for (ReviewState s :
        List.of(
            ReviewState.DRAFT, ReviewState.PENDING, ReviewState.RETURNED, ReviewState.PRIVATE)) {
      assertThat(count(null, null, s) - others[s.ordinal()]).as(s.name()).isPositive();
    }
  }

  @Test
  void generatedTextIsDeterministicPlausibleAndSpreadOverEightYears() {
    LocalDate newest = LocalDate.of(2026, 11, 24);
    List<ImportedNews> a =
        new DemoNewsText(new Random(7), newest).items(Site.SUPERNET, NewsKind.CENTER_NEWS, 200);
    List<ImportedNews> b =
        new DemoNewsText(new Random(7), newest).items(Site.SUPERNET, NewsKind.CENTER_NEWS, 200);
    assertThat(a).isEqualTo(b);
    assertThat(a)
        .allSatisfy(
            n -> {
              assertThat(n.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
              assertThat(n.html()).startsWith("<p>");
              assertThat(n.publishedOn()).isBetween(newest.minusYears(8), newest);
            });
    assertThat(a.stream().map(n -> n.publishedOn().getYear()).distinct().count())
        .isGreaterThanOrEqualTo(8);
    assertThat(a.stream().map(ImportedNews::title).distinct().count()).isGreaterThan(100);
  }

  @Test
  void fiscalYearsUseTheEraOfTheirApril() {
    assertThat(DemoNewsText.fiscalYear(LocalDate.of(2025, 4, 1))).isEqualTo("令和7年度");
    assertThat(DemoNewsText.fiscalYear(LocalDate.of(2025, 3, 31))).isEqualTo("令和6年度");
    assertThat(DemoNewsText.fiscalYear(LocalDate.of(2019, 6, 1))).isEqualTo("令和元年度");
    assertThat(DemoNewsText.fiscalYear(LocalDate.of(2019, 3, 1))).isEqualTo("平成30年度");
  }
}
