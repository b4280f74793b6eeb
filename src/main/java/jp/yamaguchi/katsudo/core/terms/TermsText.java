package jp.yamaguchi.katsudo.core.terms;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of a terms text as pages and forms use it.
 *
 * @param kind which terms
 * @param version its number, from 1
 * @param title e.g. スーパーネット登録規約
 * @param body HTML, sanitized when it was saved (safe for {@code th:utext})
 * @param effectiveOn the first day it applies
 * @param createdAt when staff saved it
 * @param createdBy who saved it
 */
public record TermsText(
    TermsKind kind,
    int version,
    String title,
    String body,
    LocalDate effectiveOn,
    Instant createdAt,
    String createdBy) {}
