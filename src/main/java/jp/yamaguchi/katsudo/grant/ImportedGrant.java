package jp.yamaguchi.katsudo.grant;

import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;

/**
 * A grant call brought in from elsewhere (demo data, the old system), in the state it had there.
 * Texts are stored as given (trimmed); required are {@code organizer}, {@code title} and {@code
 * periodTo}.
 */
public record ImportedGrant(
    String organizer,
    String title,
    List<String> fields,
    String area,
    String purpose,
    String amountText,
    Long amountMax,
    String targetProjects,
    String eligibility,
    LocalDate periodFrom,
    LocalDate periodTo,
    String applicationMethod,
    String contactName,
    String contactPostalCode,
    String contactAddress,
    String contactPhone,
    String contactFax,
    String contactEmail,
    String url,
    ReviewState state) {}
