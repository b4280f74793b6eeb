package jp.yamaguchi.katsudo.core.audit;

import java.time.Instant;

/** One line of the audit log, as read back. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    AuditAction action,
    String actor,
    String ip,
    String target,
    String detail) {}
