package jp.yamaguchi.katsudo.directory.changes;

/** Events of the change requests, handled after the commit by {@link ChangeRequestMails}. */
final class ChangeEvents {

  private ChangeEvents() {}

  /** A change request now waits for staff (confirmed, or sent by the owning member). */
  record Submitted(long changeId) {}

  /** Staff approved or rejected a change request. */
  record Decided(long changeId) {}
}
