package jp.yamaguchi.katsudo.account;

/**
 * Who a member account belongs to: a person (個人), or someone acting for a group (団体) or a company
 * (企業). A GROUP or COMPANY account acts for one {@link OrganisationKind organisation}.
 */
public enum MemberKind {
  INDIVIDUAL,
  GROUP,
  COMPANY;

  /** Whether accounts of this kind act for an organisation. */
  public boolean actsForOrganisation() {
    return this != INDIVIDUAL;
  }

  /** Whether an organisation of {@code kind} fits an account of this kind. */
  public boolean fits(OrganisationKind kind) {
    return switch (this) {
      case INDIVIDUAL -> false;
      case GROUP -> kind == OrganisationKind.GROUP || kind == OrganisationKind.NPO;
      case COMPANY -> kind == OrganisationKind.COMPANY;
    };
  }

  /** The message key of the Japanese label. */
  public String messageKey() {
    return "member.kind." + name();
  }
}
