package jp.yamaguchi.katsudo.account;

/**
 * Everything staff may see of a member account (never the password hash): the account, its full
 * mail address, the individual's profile and the organisation with its contact person.
 */
public record MemberDetail(
    MemberRef account,
    String email,
    PersonalProfile profile,
    OrganisationRef organisation,
    String contactName,
    String contactPhone,
    String contactEmail) {}
