package jp.yamaguchi.katsudo.siteadmin.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditQuery;

/**
 * The filter bar of the audit log: an action, text in the actor, text in the target or detail, and
 * a date range (ISO dates from {@code <input type="date">}). Unknown actions and unreadable dates
 * are dropped, so the bar then shows them empty.
 */
public class AuditFilter {

  private String action;
  private String actor;
  private String q;
  private String from;
  private String to;

  /** Drops what cannot be read and returns the query the filter stands for. */
  AuditQuery toQuery() {
    AuditAction a = null;
    for (AuditAction candidate : AuditAction.values()) {
      if (candidate.name().equals(action)) a = candidate;
    }
    action = a == null ? null : a.name();
    actor = blankToNull(actor);
    q = blankToNull(q);
    LocalDate start = date(from);
    LocalDate end = date(to);
    from = start == null ? null : start.toString();
    to = end == null ? null : end.toString();
    return new AuditQuery(a, actor, q, start, end);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
