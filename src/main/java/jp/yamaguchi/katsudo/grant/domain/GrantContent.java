package jp.yamaguchi.katsudo.grant.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff (and the public, when posting) enter for a grant call; checked by {@link
 * GrantEditing}.
 */
public record GrantContent(
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
    List<Long> attachmentIds) {}
