package jp.yamaguchi.katsudo.event;

import java.util.Optional;

/**
 * Where an event's organiser organisation has a public page (its directory entry). The event module
 * stores only the organisation id; the directory module implements this interface as a bean to turn
 * the id into a link. Without such a bean, {@link #NONE} is used and no link is shown.
 */
public interface OrganiserLinks {

  /** No links: the default until the directory module provides one. */
  OrganiserLinks NONE = organisationId -> Optional.empty();

  /**
   * The site-relative path of the organisation's public directory entry, if it has a published one.
   */
  Optional<String> publicPath(long organisationId);
}
