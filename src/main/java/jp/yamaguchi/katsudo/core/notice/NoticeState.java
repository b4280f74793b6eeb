package jp.yamaguchi.katsudo.core.notice;

/** Where an emergency notice stands: shown now (表示中), later (予定) or no longer (終了). */
public enum NoticeState {
  ACTIVE,
  SCHEDULED,
  ENDED
}
