package jp.yamaguchi.katsudo.directory;

import java.util.List;
import jp.yamaguchi.katsudo.account.OrganisationKind;

/**
 * What a group or company registered on Supernet shares with its Aikasanet registration (spec §4):
 * the values Aikasanet's registration form fills in, so nothing is typed twice. Aikasanet's own
 * terms and required fields still apply there. Includes private values (the registrant's contact):
 * only hand it to the person who registered (see {@link DirectoryEntries#handoverToken}).
 *
 * @param organisationId the shared organisation record the Aikasanet membership should act for
 * @param activityFields ACTIVITY_FIELD codes
 * @param targetMunicipalities MUNICIPALITY codes
 * @param prefecture PREFECTURE code
 * @param municipality MUNICIPALITY code, or {@link DirectoryEntries#OUTSIDE_PREFECTURE}
 * @param url the first URL, or null
 */
public record AikasanetHandover(
    long organisationId,
    long entryId,
    OrganisationKind kind,
    String classification,
    String name,
    String nameKana,
    String representativeName,
    String representativeTitle,
    String contactName,
    String contactTitle,
    String postalCode,
    String prefecture,
    String municipality,
    String address,
    String phone,
    String fax,
    String email,
    String url,
    List<String> activityFields,
    List<String> targetMunicipalities,
    String activities,
    String registrantName,
    String registrantPhone,
    String registrantEmail) {}
