package jp.yamaguchi.katsudo.home;

/** The sections of Supernet's HOME that other modules fill through {@link HomeContributor}. */
public enum HomeSection {
  /** 新着団体: the newest published directory entries. */
  GROUPS,
  /** 募集情報: the newest 3 published events and recruitments. */
  RECRUITMENTS,
  /** 助成: the newest 3 published grants. */
  GRANTS
}
