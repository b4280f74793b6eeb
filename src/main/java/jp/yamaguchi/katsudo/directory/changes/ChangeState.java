package jp.yamaguchi.katsudo.directory.changes;

/** Where a change request (修正依頼) stands. */
public enum ChangeState {
  /** Sent by the public; waits for the registrant to confirm by the mailed link. */
  UNCONFIRMED,
  /** Confirmed (or sent by the owning member); waits for staff. */
  PENDING,
  /** Staff applied it to the entry. */
  APPROVED,
  /** Staff refused it, with a reason. */
  REJECTED;

  public String messageKey() {
    return "dirpages.changes.state." + name();
  }
}
