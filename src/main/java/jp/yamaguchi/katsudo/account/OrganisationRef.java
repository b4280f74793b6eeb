package jp.yamaguchi.katsudo.account;

/**
 * An organisation as other modules see it. The contact person's data is private: only staff screens
 * read it, through {@link MemberAccounts#detail}.
 */
public record OrganisationRef(long id, OrganisationKind kind, String name, String nameKana) {}
