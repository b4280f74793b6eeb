package jp.yamaguchi.katsudo.directory;

import java.time.Instant;
import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;

/**
 * A directory entry brought in as it was elsewhere (demo data), with its review state and dates.
 * Multi-choice fields hold list codes of core.lists; the 登録担当者 fields are private.
 *
 * @param state the review state it is imported in (no workflow event, no mail)
 * @param at when it was registered (and first published, when published)
 * @param pendingChange an activity text proposed by a pending change request, or null for none
 */
public record ImportedDirectoryEntry(
    OrganisationKind kind,
    DirectoryStatus status,
    ReviewState state,
    Instant at,
    String classification,
    String name,
    String nameKana,
    String representativeName,
    String representativeTitle,
    String contactName,
    Set<String> activityFields,
    String targetArea,
    Set<String> targetMunicipalities,
    String purpose,
    String activities,
    String csrActivities,
    String appeal,
    String postalCode,
    String prefecture,
    String municipality,
    String address,
    String phone,
    String fax,
    String email,
    String established,
    String memberCount,
    String membershipFee,
    String url1,
    String url1Description,
    Set<String> features,
    String registrantName,
    String registrantPhone,
    String registrantEmail,
    String pendingChange) {}
