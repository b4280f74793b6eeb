package jp.yamaguchi.katsudo.page;

import java.util.Set;

/** Where a page stands between its working copy and what the public sees. */
public enum PageState {
  /** 下書き: never published. */
  DRAFT("draft"),
  /** 公開: published, and the working copy is the published one. */
  PUBLISHED("published"),
  /** 公開中・未公開の変更あり: published, with saved changes not yet published. */
  CHANGED("pending"),
  /** 非公開: was published, taken down. */
  UNPUBLISHED("private");

  /** The states in which visitors see the published copy. */
  public static final Set<PageState> VISIBLE = Set.of(PUBLISHED, CHANGED);

  private final String badge;

  PageState(String badge) {
    this.badge = badge;
  }

  /** Whether visitors see the published copy. */
  public boolean visible() {
    return this == PUBLISHED || this == CHANGED;
  }

  /** The {@code data-state} of the admin badge. */
  public String badge() {
    return badge;
  }
}
