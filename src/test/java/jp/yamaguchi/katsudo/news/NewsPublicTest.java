package jp.yamaguchi.katsudo.news;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public lists, archives and detail pages show published items of their site and kind only. */
@IntegrationTest
@DateSensitive
class NewsPublicTest {

  /** A year no other test uses, so its archive holds only this test's items. */
  static final int YEAR = 2011;

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired NewsEditing editing;
  NewsFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new NewsFixtures(editing);
  }

  @Test
  void listAndDetailShowOnlyPublishedItemsOfTheirSiteAndKind() throws Exception {
    String published = NewsFixtures.unique("公開中の講座案内");
    String draft = NewsFixtures.unique("下書きの案内");
    String pending = NewsFixtures.unique("審査中の案内");
    String center = NewsFixtures.unique("センターの案内");
    NewsItem p = fixtures.published(Site.SUPERNET, NewsKind.NEWS, published, LocalDate.now(clock));
    NewsItem d = fixtures.draft(Site.SUPERNET, NewsKind.NEWS, draft, LocalDate.now(clock));
    NewsItem q = fixtures.pending(Site.SUPERNET, NewsKind.NEWS, pending, LocalDate.now(clock));
    NewsItem c =
        fixtures.published(Site.SUPERNET, NewsKind.CENTER_NEWS, center, LocalDate.now(clock));

    mvc.perform(get("/news"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>お知らせ | 県民活動スーパーネット</title>")))
        .andExpect(content().string(containsString("<h1 class=\"page-title\">お知らせ</h1>")))
        .andExpect(content().string(containsString("href=\"/news/" + p.getId() + "\"")))
        .andExpect(content().string(containsString(published)))
        .andExpect(content().string(not(containsString(draft))))
        .andExpect(content().string(not(containsString(pending))))
        .andExpect(content().string(not(containsString(center))));
    mvc.perform(get("/center-news"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(center)))
        .andExpect(content().string(containsString("href=\"/center-news/" + c.getId() + "\"")))
        .andExpect(content().string(not(containsString(published))));
    mvc.perform(get("/aikasanet/news"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-site=\"aikasanet\"")))
        .andExpect(content().string(not(containsString(published))));

    mvc.perform(get("/news/" + p.getId()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("<h1 class=\"page-title\" id=\"news-title\">" + published)))
        .andExpect(content().string(containsString("<p>" + published + "の本文です。</p>")))
        .andExpect(content().string(containsString("datetime=\"" + LocalDate.now(clock) + "\"")))
        .andExpect(content().string(containsString("<a href=\"/news\">お知らせ</a>")));
    mvc.perform(get("/news/" + d.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/news/" + q.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/news/" + c.getId()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("お探しのページが見つかりません")));
    mvc.perform(get("/aikasanet/news/" + p.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/center-news/" + c.getId())).andExpect(status().isOk());
    mvc.perform(get("/news/999999999")).andExpect(status().isNotFound());
  }

  @Test
  void unpublishedItemDisappears() throws Exception {
    String title = NewsFixtures.unique("取り下げる案内");
    NewsItem p = fixtures.published(Site.AIKASANET, NewsKind.NEWS, title, LocalDate.now(clock));
    mvc.perform(get("/aikasanet/news/" + p.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
    editing.review(
        p.getId(), null, jp.yamaguchi.katsudo.core.review.ReviewAction.UNPUBLISH, null, "admin");
    mvc.perform(get("/aikasanet/news/" + p.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/aikasanet/news")).andExpect(content().string(not(containsString(title))));
  }

  @Test
  void yearArchiveListsThatYearAndLinksEveryYearWithCounts() throws Exception {
    String a = NewsFixtures.unique("アーカイブ春");
    String b = NewsFixtures.unique("アーカイブ秋");
    String other = NewsFixtures.unique("翌年の案内");
    fixtures.published(Site.SUPERNET, NewsKind.CENTER_NEWS, a, LocalDate.of(YEAR, 4, 1));
    fixtures.published(Site.SUPERNET, NewsKind.CENTER_NEWS, b, LocalDate.of(YEAR, 10, 1));
    fixtures.draft(
        Site.SUPERNET, NewsKind.CENTER_NEWS, NewsFixtures.unique("下書き"), LocalDate.of(YEAR, 5, 1));
    fixtures.published(Site.SUPERNET, NewsKind.CENTER_NEWS, other, LocalDate.of(YEAR + 1, 1, 10));

    String body =
        mvc.perform(get("/center-news").param("year", String.valueOf(YEAR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("センターからのお知らせ（" + YEAR + "年）")))
            .andExpect(content().string(containsString(a)))
            .andExpect(content().string(containsString(b)))
            .andExpect(content().string(not(containsString(other))))
            .andExpect(content().string(containsString(YEAR + "年（2件）")))
            .andExpect(
                content()
                    .string(
                        containsString(
                            "datetime=\"" + YEAR + "-10-01\">" + YEAR + "年10月1日</time>")))
            .andExpect(
                content()
                    .string(
                        containsString(
                            "href=\"/center-news?year=" + YEAR + "\" aria-current=\"page\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    // newest first within the year
    org.assertj.core.api.Assertions.assertThat(body.indexOf(b)).isLessThan(body.indexOf(a));

    mvc.perform(get("/center-news").param("year", "1850")).andExpect(status().isNotFound());
    mvc.perform(get("/center-news").param("year", "2003"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2003年のセンターからのお知らせはありません。")));
  }

  @Test
  void listsArePaginatedByTwenty() throws Exception {
    int year = 2012;
    for (int i = 1; i <= 21; i++) {
      fixtures.published(
          Site.AIKASANET, NewsKind.NEWS, "頁送り" + i + "件目-" + year, LocalDate.of(year, 1, i));
    }
    mvc.perform(get("/aikasanet/news").param("year", String.valueOf(year)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("頁送り21件目")))
        .andExpect(content().string(containsString("頁送り2件目")))
        .andExpect(content().string(not(containsString("頁送り1件目"))))
        .andExpect(content().string(containsString("全21件中 1／2ページ")))
        .andExpect(content().string(containsString("/aikasanet/news?year=2012&amp;page=1")));
    mvc.perform(get("/aikasanet/news").param("year", String.valueOf(year)).param("page", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("頁送り1件目")))
        .andExpect(content().string(not(containsString("頁送り2件目"))));
    mvc.perform(get("/aikasanet/news").param("year", String.valueOf(year)).param("page", "2"))
        .andExpect(status().isNotFound());
  }

  @Test
  void homePagesShowTheNewestPublishedItems() throws Exception {
    LocalDate future = LocalDate.now(clock).plusYears(50);
    String sn = NewsFixtures.unique("ホーム掲載のお知らせ");
    String cn = NewsFixtures.unique("ホーム掲載のセンター情報");
    String an = NewsFixtures.unique("ホーム掲載のあいかさねっと情報");
    String hidden = NewsFixtures.unique("ホームに出ない下書き");
    fixtures.published(Site.SUPERNET, NewsKind.NEWS, sn, future);
    fixtures.published(Site.SUPERNET, NewsKind.CENTER_NEWS, cn, future);
    fixtures.published(Site.AIKASANET, NewsKind.NEWS, an, future);
    fixtures.draft(Site.SUPERNET, NewsKind.NEWS, hidden, future.plusDays(1));

    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "<section class=\"section\" aria-labelledby=\"home-news-title\">")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<h2 class=\"section__title\" id=\"home-news-title\">お知らせ</h2>")))
        .andExpect(
            content().string(containsString("id=\"home-center-news-title\">センターからのお知らせ</h2>")))
        .andExpect(content().string(containsString(sn)))
        .andExpect(content().string(containsString(cn)))
        .andExpect(content().string(not(containsString(an))))
        .andExpect(content().string(not(containsString(hidden))))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a href=\"/center-news\"><span class=\"visually-hidden\">センターからのお知らせの</span>一覧を見る</a>")));
    mvc.perform(get("/aikasanet/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(an)))
        .andExpect(content().string(not(containsString(sn))))
        .andExpect(content().string(containsString("<a href=\"/aikasanet/news\">")));
  }

  @Test
  void footerAndSitemapListNews() throws Exception {
    String title = NewsFixtures.unique("サイトマップの案内");
    NewsItem p = fixtures.published(Site.SUPERNET, NewsKind.NEWS, title, LocalDate.now(clock));
    NewsItem d = fixtures.draft(Site.SUPERNET, NewsKind.NEWS, title + "下書き", LocalDate.now(clock));
    mvc.perform(get("/sitemap.xml"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("<loc>http://localhost:8080/news/" + p.getId() + "</loc>")))
        .andExpect(content().string(containsString("<loc>http://localhost:8080/center-news</loc>")))
        .andExpect(
            content().string(containsString("<loc>http://localhost:8080/aikasanet/news</loc>")))
        .andExpect(content().string(not(containsString("/news/" + d.getId() + "<"))));
    mvc.perform(get("/sitemap"))
        .andExpect(content().string(containsString("href=\"/center-news\"")))
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/"))
        .andExpect(
            content()
                .string(containsString("<a class=\"footer-nav__link\" href=\"/news\">お知らせ</a>")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a class=\"footer-nav__link\" href=\"/center-news\">センターからのお知らせ</a>")));
    mvc.perform(get("/aikasanet/"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a class=\"footer-nav__link\" href=\"/aikasanet/news\">お知らせ</a>")))
        .andExpect(content().string(not(containsString("href=\"/center-news\""))));
  }
}
