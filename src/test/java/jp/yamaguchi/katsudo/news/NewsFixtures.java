package jp.yamaguchi.katsudo.news;

import java.time.LocalDate;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;

/** Builds news items for tests, each with a unique title (tests share one database). */
public class NewsFixtures {

  private final NewsEditing editing;

  public NewsFixtures(NewsEditing editing) {
    this.editing = editing;
  }

  public static String unique(String title) {
    return title + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public NewsItem draft(Site site, NewsKind kind, String title, LocalDate date) {
    return editing.create(
        new NewsContent(site, kind, title, "<p>" + title + "の本文です。</p>", date), "fixture-editor");
  }

  public NewsItem published(Site site, NewsKind kind, String title, LocalDate date) {
    NewsItem item = draft(site, kind, title, date);
    editing.review(item.getId(), null, ReviewAction.PUBLISH, null, "fixture-admin");
    return editing.get(item.getId());
  }

  public NewsItem pending(Site site, NewsKind kind, String title, LocalDate date) {
    NewsItem item = draft(site, kind, title, date);
    editing.review(item.getId(), null, ReviewAction.SUBMIT, null, "fixture-editor");
    return editing.get(item.getId());
  }
}
