package jp.yamaguchi.katsudo.news.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.content.HtmlText;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit form of a news item. */
public class NewsForm {

  @NotNull(message = "{e.news.site.required}")
  private Site site;

  @NotNull(message = "{e.news.kind.required}")
  private NewsKind kind;

  @NotBlank(message = "{e.news.title.required}")
  @Size(max = NewsItem.MAX_TITLE, message = "{e.news.title.size}")
  private String title;

  @NotNull(message = "{e.news.publishedOn.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate publishedOn;

  @NotBlank(message = "{e.news.body.required}")
  @Size(max = 100_000, message = "{e.news.body.size}")
  private String body;

  /** The version the form was made from (edit only). */
  private Long version;

  static NewsForm of(NewsItem item) {
    NewsForm f = new NewsForm();
    f.site = item.getSite();
    f.kind = item.getKind();
    f.title = item.getTitle();
    f.publishedOn = item.getPublishedOn();
    f.body = HtmlText.editable(item.getBody());
    f.version = item.getVersion();
    return f;
  }

  NewsContent content() {
    return new NewsContent(site, kind, title, body, publishedOn);
  }

  public Site getSite() {
    return site;
  }

  public void setSite(Site site) {
    this.site = site;
  }

  public NewsKind getKind() {
    return kind;
  }

  public void setKind(NewsKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
