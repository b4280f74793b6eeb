package jp.yamaguchi.katsudo.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import db.migration.V43__Readable_rich_text;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsFixtures;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.page.Block;
import jp.yamaguchi.katsudo.page.PageEditing;
import jp.yamaguchi.katsudo.page.PageInput;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10, item 5: rich text saved through the sanitizer reopens in the staff's edit forms as
 * typed, never as numeric character references, and what was stored before is made readable by the
 * V43 migration.
 */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class RichTextFormsTest {

  @Autowired MockMvc mvc;
  @Autowired NewsEditing news;
  @Autowired PageEditing pages;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired Clock clock;

  private NewsItem newsWithBody(String body) {
    return news.create(
        new NewsContent(
            Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("全角"), body, LocalDate.now(clock)),
        "editor");
  }

  @Test
  void aPlainNewsBodyWithFullWidthCharactersReopensAsTheTextTyped() throws Exception {
    NewsItem item = newsWithBody("1月4日（月）から\n受付します：センター");
    assertThat(news.get(item.getId()).getBody()).isEqualTo("<p>1月4日（月）から<br />受付します：センター</p>");
    mvc.perform(get("/admin/news/" + item.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(">1月4日（月）から\n受付します：センター</textarea>")))
        .andExpect(content().string(not(containsString("#xff"))))
        .andExpect(content().string(not(containsString("&lt;p&gt;1月4日"))));
  }

  @Test
  void formattedNewsBodiesKeepTheirMarkupWithReadableText() throws Exception {
    NewsItem item = newsWithBody("<p>会場：<strong>センター（2階）</strong></p><ul><li>持ち物：筆記用具</li></ul>");
    assertThat(news.get(item.getId()).getBody())
        .isEqualTo("<p>会場：<strong>センター（2階）</strong></p><ul><li>持ち物：筆記用具</li></ul>");
    mvc.perform(get("/admin/news/" + item.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("センター（2階）")))
        .andExpect(content().string(not(containsString("#xff"))));
  }

  @Test
  void pageTextBlocksReopenWithoutCharacterCodes() throws Exception {
    long id =
        pages.create(
            Site.SUPERNET,
            new PageInput(
                null,
                "zenkaku-" + Long.toString(System.nanoTime(), 36),
                "全角のページ",
                null,
                NavArea.NONE,
                10,
                List.of(
                    new Block.Text("<p>開館：9時（土日を除く）</p>"),
                    new Block.Callout("info", "注意：", "休館日：月曜"))));
    mvc.perform(get("/admin/pages/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(">開館：9時（土日を除く）</textarea>")))
        .andExpect(content().string(containsString(">休館日：月曜</textarea>")))
        .andExpect(content().string(not(containsString("#xff"))));
  }

  @Test
  void theMigrationMakesStoredReferencesReadable() throws Exception {
    NewsItem item = newsWithBody("<p>仮</p>");
    jdbc.update(
        "UPDATE news_item SET body = ? WHERE id = ?",
        "<p>1月4日&#xff08;月&#xff09;から&#xff1a;&lt;b&gt; &#xff1c;</p>",
        item.getId());
    long page =
        pages.create(
            Site.SUPERNET,
            new PageInput(
                null,
                "migrate-" + Long.toString(System.nanoTime(), 36),
                "移行のページ",
                null,
                NavArea.NONE,
                10,
                List.of(new Block.Text("<p>仮</p>"))));
    jdbc.update(
        "UPDATE page SET body = ? WHERE id = ?",
        "[{\"type\":\"heading\",\"level\":2,\"text\":\"見出し&#xff1a;\"},"
            + "{\"type\":\"text\",\"html\":\"<p>開館&#xff08;平日&#xff09;</p>\"},"
            + "{\"type\":\"callout\",\"variant\":\"info\",\"title\":null,\"html\":\"<p>&#xff1a;</p>\"}]",
        page);

    try (Connection connection = dataSource.getConnection()) {
      assertThat(V43__Readable_rich_text.normalise(connection)).isGreaterThanOrEqualTo(2);
    }

    assertThat(
            jdbc.queryForObject(
                "SELECT body FROM news_item WHERE id = ?", String.class, item.getId()))
        .isEqualTo("<p>1月4日（月）から：&lt;b&gt; &#xff1c;</p>");
    String blocks = jdbc.queryForObject("SELECT body FROM page WHERE id = ?", String.class, page);
    assertThat(blocks)
        .contains("見出し&#xff1a;") // a heading is plain text: left as typed
        .contains("<p>開館（平日）</p>")
        .contains("<p>：</p>");
    mvc.perform(get("/admin/news/" + item.getId()))
        .andExpect(content().string(containsString("1月4日（月）から：")));
  }
}
