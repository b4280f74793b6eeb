package jp.yamaguchi.katsudo.newsletter;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.review.ReviewState;

/**
 * A back number brought in from elsewhere (demo data, the old system).
 *
 * @param issueNumber its number (第n号), unique
 * @param title its title
 * @param body the plain text as it was mailed
 * @param publishedOn the date shown with it
 * @param legacyId the old system's post ID (for the old URL's redirect), or null
 * @param state its review state
 * @param author the staff username it belongs to
 */
public record ImportedIssue(
    int issueNumber,
    String title,
    String body,
    LocalDate publishedOn,
    Long legacyId,
    ReviewState state,
    String author) {}
