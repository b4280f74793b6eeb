package jp.yamaguchi.katsudo.facility;

/**
 * What the public sees of one facility in one time slot: a word (and a symbol), never who booked.
 */
public enum Availability {
  /** 空き: no booking. */
  AVAILABLE,
  /** 予約済. */
  BOOKED,
  /** 仮予約. */
  TENTATIVE,
  /** 利用不可 (closed, maintenance...). */
  UNAVAILABLE;

  /** The Japanese word, e.g. 「空き」. */
  public String messageKey() {
    return "facility.availability." + name();
  }

  /** The symbol shown beside the word, e.g. ○. */
  public String symbolKey() {
    return "facility.availability.symbol." + name();
  }
}
