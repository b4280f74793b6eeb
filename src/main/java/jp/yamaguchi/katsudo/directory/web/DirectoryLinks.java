package jp.yamaguchi.katsudo.directory.web;

import java.util.Optional;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryHeadline;
import jp.yamaguchi.katsudo.event.OrganiserLinks;
import jp.yamaguchi.katsudo.report.RelatedGroupLinks;
import org.springframework.stereotype.Component;

/**
 * Links other modules' pages to an organisation's public directory entry: an event's organiser
 * ({@link OrganiserLinks}) and an activity report's related groups ({@link RelatedGroupLinks}).
 * Only a published entry is linked (the newest, should an organisation have several).
 */
@Component
class DirectoryLinks implements OrganiserLinks, RelatedGroupLinks {

  private final DirectoryEntries entries;

  DirectoryLinks(DirectoryEntries entries) {
    this.entries = entries;
  }

  private Optional<DirectoryHeadline> published(long organisationId) {
    return entries.byOrganisation(organisationId).stream()
        .filter(h -> h.reviewState() == ReviewState.PUBLISHED)
        .findFirst();
  }

  @Override
  public Optional<String> publicPath(long organisationId) {
    return published(organisationId).map(DirectoryHeadline::path);
  }

  @Override
  public Optional<Link> link(long organisationId) {
    return published(organisationId).map(h -> new Link(h.name(), h.path()));
  }
}
