package jp.yamaguchi.katsudo.core.audit;

import java.time.LocalDate;

/**
 * A filter of the audit log; every part is optional (null or blank for "any").
 *
 * @param action one kind of action
 * @param actor text found in the actor (case-insensitive)
 * @param text text found in the target or the detail (case-insensitive)
 * @param from the first day (Japan time), inclusive
 * @param to the last day (Japan time), inclusive
 */
public record AuditQuery(
    AuditAction action, String actor, String text, LocalDate from, LocalDate to) {

  /** Every entry. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null);
  }
}
