package jp.yamaguchi.katsudo.directory.web;

import java.util.List;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ScheduledReviewTarget;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import jp.yamaguchi.katsudo.core.web.JapaneseDates;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryHeadline;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import jp.yamaguchi.katsudo.home.HomeContributor;
import jp.yamaguchi.katsudo.home.HomeEntry;
import jp.yamaguchi.katsudo.home.HomeSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where the directory appears outside its own pages: Supernet's side link 団体登録・修正 and the site map
 * entry of the registration guide, the 新着団体 section of Supernet's HOME, and scheduled publishing of
 * entries.
 */
@Component
class DirectoryContributions implements SitemapContributor, HomeContributor, ScheduledReviewTarget {

  private final DirectoryEntries entries;
  private final MessageSource messages;
  private final JapaneseDates dates;

  DirectoryContributions(DirectoryEntries entries, MessageSource messages, JapaneseDates dates) {
    this.entries = entries;
    this.messages = messages;
    this.dates = dates;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public Stream<SitemapEntry> entries() {
    return Stream.of(
        new SitemapEntry(
            Site.SUPERNET,
            RegistrationController.BASE,
            msg("directory.register.title"),
            msg("directory.sitemap.section"),
            null,
            true));
  }

  // -- HOME: 新着団体

  @Override
  public HomeSection section() {
    return HomeSection.GROUPS;
  }

  @Override
  public List<HomeEntry> newest(int limit) {
    return entries.newest(limit).stream().map(this::homeEntry).toList();
  }

  private HomeEntry homeEntry(DirectoryHeadline h) {
    String kind = msg("directory.kind." + h.kind().name());
    String note =
        h.publishedAt() == null
            ? kind
            : messages.getMessage(
                "directory.home.note",
                new Object[] {kind, dates.date(h.publishedAt())},
                LocaleContextHolder.getLocale());
    return new HomeEntry(h.name(), h.path(), note);
  }

  @Override
  public String listPath() {
    return "/directory";
  }

  // -- scheduled publishing

  @Override
  public String contentType() {
    return DirectoryEntry.CONTENT_TYPE;
  }

  @Override
  public String adminPath(long id) {
    return "/admin/directory/" + id;
  }

  @Override
  public boolean perform(long id, ReviewAction action, String actor) {
    if (entries.find(id).isEmpty()) return false;
    entries.review(id, null, action, null, actor);
    return true;
  }
}
