package jp.yamaguchi.katsudo.home;

import java.util.List;

/**
 * Implemented by a module that fills a section of Supernet's HOME with its newest public items
 * (newest groups, the newest 3 recruitments, the newest 3 grants). The home page asks every
 * contributor of a section and shows what it returns; a section without a contributor is left out.
 */
public interface HomeContributor {

  /** The section this contributor fills. */
  HomeSection section();

  /** The newest public items, newest first, at most {@code limit}. */
  List<HomeEntry> newest(int limit);

  /** The site-relative path of the full list the section links to, e.g. {@code /groups}. */
  String listPath();
}
