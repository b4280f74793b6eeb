package jp.yamaguchi.katsudo.event;

/** The kinds of イベント・募集. Labels are the messages {@code event.kind.<NAME>}. */
public enum EventKind {
  /** イベント */
  EVENT,
  /** 講座 */
  COURSE,
  /** 参加その他（作品・意見等）募集 */
  CALL;

  public String messageKey() {
    return "event.kind." + name();
  }
}
