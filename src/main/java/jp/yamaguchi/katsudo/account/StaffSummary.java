package jp.yamaguchi.katsudo.account;

import java.time.Instant;

/** A staff account as other modules and admin screens see it (no password hash). */
public record StaffSummary(
    long id,
    String username,
    String displayName,
    String email,
    StaffRole role,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {}
