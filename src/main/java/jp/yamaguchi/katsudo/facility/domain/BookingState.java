package jp.yamaguchi.katsudo.facility.domain;

import jp.yamaguchi.katsudo.facility.Availability;

/** The state of a booking; a cell without a booking is free (空き). */
public enum BookingState {
  /** 予約済. */
  BOOKED,
  /** 仮予約. */
  TENTATIVE,
  /** 利用不可. */
  UNAVAILABLE;

  public Availability availability() {
    return Availability.valueOf(name());
  }

  public String messageKey() {
    return "facility.availability." + name();
  }
}
