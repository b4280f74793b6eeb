package jp.yamaguchi.katsudo.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.support.CpuTime;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Telling plain text from HTML in a news body takes linear time (docs/security.md 「入力に使う正規表現」): the
 * former tag check {@code <\s*}{@code /?\s*[a-zA-Z]} tried every way of sharing a run of blanks
 * between its two {@code \s*}, which took quadratic time (20,000 spaces after a {@code <}: 19 s).
 */
@IntegrationTest
class NewsBodyPatternTest {

  @Autowired NewsEditing editing;

  @Test
  void aLongRunOfBlanksAfterALessThanSignIsSavedQuickly() {
    String body = "距離 <" + " ".repeat(100_000) + "1 km";
    NewsItem item =
        CpuTime.atMost(
            Duration.ofSeconds(1),
            () ->
                editing.create(
                    new NewsContent(
                        Site.SUPERNET,
                        NewsKind.NEWS,
                        NewsFixtures.unique("空白"),
                        body,
                        LocalDate.of(2025, 6, 1)),
                    "editor-p"),
            () -> "saving a news body with 100,000 blanks after <");
    // still taken as plain text: the < is shown, not read as a tag
    assertThat(editing.get(item.getId()).getBody()).startsWith("<p>距離 &lt;").endsWith("1 km</p>");
  }
}
