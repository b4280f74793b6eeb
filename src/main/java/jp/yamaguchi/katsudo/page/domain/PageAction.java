package jp.yamaguchi.katsudo.page.domain;

/** What the last change of a page was; kept with every revision to tell its kind. */
public enum PageAction {
  CREATE,
  COPY,
  UPDATE,
  MOVE,
  PUBLISH,
  UNPUBLISH,
  RESTORE
}
