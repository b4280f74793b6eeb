package jp.yamaguchi.katsudo.account;

/**
 * What a sign-up form (or an import) gives {@link MemberAccounts#register}: the login, the kind,
 * and for an individual the private profile, for a group or company its organisation.
 *
 * @param password the raw password; null for an account staff create (the person sets it through
 *     the mailed link)
 */
public record NewMember(
    String loginId,
    String email,
    String password,
    MemberKind kind,
    String displayName,
    PersonalProfile profile,
    NewOrganisation organisation) {}
