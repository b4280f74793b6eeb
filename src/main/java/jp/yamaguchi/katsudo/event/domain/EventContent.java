package jp.yamaguchi.katsudo.event.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.yamaguchi.katsudo.event.EventKind;

/**
 * What staff or a submitter write about an event (everything but its review state and who did
 * what). Text fields are plain text; line breaks are kept when shown.
 */
public record EventContent(
    EventKind kind,
    String title,
    String organiser,
    Long organisationId,
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
    List<Long> attachmentIds) {}
