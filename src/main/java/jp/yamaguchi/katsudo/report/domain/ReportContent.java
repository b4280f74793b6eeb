package jp.yamaguchi.katsudo.report.domain;

import java.time.LocalDate;
import java.util.List;

/** What staff (and the public, when posting) enter for an activity report. */
public record ReportContent(
    String title,
    String body,
    String orgName,
    String orgNameKana,
    LocalDate heldOn,
    String heldTime,
    String place,
    String participants,
    String relatedGroups,
    List<Long> relatedOrgIds,
    String url,
    List<Long> photoIds) {}
