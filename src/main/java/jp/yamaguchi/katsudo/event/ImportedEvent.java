package jp.yamaguchi.katsudo.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;

/**
 * An event brought in from elsewhere (demo data, the legacy migration). Legacy dates that are only
 * text (「平成17年4月中旬」) go to {@code dateText}, with the best dates parsed from them in {@code
 * startDate}/{@code endDate}.
 *
 * @param fields activity-field codes ({@code ACTIVITY_FIELD})
 * @param targetArea a {@code TARGET_AREA} code, or null
 * @param municipalities {@code MUNICIPALITY} codes
 * @param state the review state it is brought in with
 */
public record ImportedEvent(
    EventKind kind,
    String title,
    String organiser,
    LocalDate startDate,
    LocalDate endDate,
    LocalTime startTime,
    LocalTime endTime,
    String dateText,
    String venue,
    String purpose,
    String body,
    List<String> fields,
    String targetArea,
    List<String> municipalities,
    String fee,
    String audience,
    LocalDate applyFrom,
    LocalDate applyTo,
    String applyMethod,
    String contact,
    String cosponsors,
    String url,
    ReviewState state) {}
