package jp.yamaguchi.katsudo.report;

import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;

/**
 * An activity report brought in from elsewhere (demo data, the old system), in the state it had
 * there; {@code photoIds} are media library ids of images already stored (with alternative text).
 */
public record ImportedReport(
    String title,
    String body,
    String orgName,
    String orgNameKana,
    LocalDate heldOn,
    String heldTime,
    String place,
    String participants,
    String relatedGroups,
    String url,
    List<Long> photoIds,
    ReviewState state) {}
