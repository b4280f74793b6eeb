package jp.yamaguchi.katsudo.report;

import java.util.Optional;

/**
 * The hook for links from a report to the directory entries of its related groups (関連団体). A report
 * keeps organisation ids beside the free text; the directory module implements this interface as a
 * bean, and the report's page then links each id to that group's public page. Without an
 * implementation (or for an id the directory does not show) only the free text appears.
 */
public interface RelatedGroupLinks {

  /**
   * A published directory entry of the organisation.
   *
   * @param name the group's name as the link text
   * @param path the site-relative path of its public page
   */
  record Link(String name, String path) {}

  /** The public entry of organisation {@code organisationId}, if the directory shows one. */
  Optional<Link> link(long organisationId);
}
