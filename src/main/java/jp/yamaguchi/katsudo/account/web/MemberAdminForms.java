package jp.yamaguchi.katsudo.account.web;

import jp.yamaguchi.katsudo.account.MemberDetail;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.core.site.Site;

/** The forms of the staff's member account screens ({@code /admin/members}). */
final class MemberAdminForms {

  private MemberAdminForms() {}

  /** The filter bar of the list; empty values mean all. */
  public static class Filter {
    private String kind;
    private String status;
    private String loginId;
    private String email;

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }

    public String getLoginId() {
      return loginId;
    }

    public void setLoginId(String loginId) {
      this.loginId = loginId;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }

  /** A new account; the person sets the password through the mailed link. */
  public static class Create {
    private String loginId;
    private String email;
    private MemberKind kind;
    private String displayName;
    private String organisationName;
    private Site site = Site.SUPERNET;

    public String getLoginId() {
      return loginId;
    }

    public void setLoginId(String loginId) {
      this.loginId = loginId;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public MemberKind getKind() {
      return kind;
    }

    public void setKind(MemberKind kind) {
      this.kind = kind;
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public String getOrganisationName() {
      return organisationName;
    }

    public void setOrganisationName(String organisationName) {
      this.organisationName = organisationName;
    }

    public Site getSite() {
      return site;
    }

    public void setSite(Site site) {
      this.site = site;
    }
  }

  /** What staff may change of an account: the name, the kind and the address. */
  public static class Edit {
    private String displayName;
    private MemberKind kind;
    private String organisationName;
    private String email;
    private Site site = Site.SUPERNET;

    static Edit of(MemberDetail d) {
      var f = new Edit();
      f.displayName = d.account().displayName();
      f.kind = d.account().kind();
      f.organisationName = d.organisation() == null ? null : d.organisation().name();
      f.email = d.email();
      return f;
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public MemberKind getKind() {
      return kind;
    }

    public void setKind(MemberKind kind) {
      this.kind = kind;
    }

    public String getOrganisationName() {
      return organisationName;
    }

    public void setOrganisationName(String organisationName) {
      this.organisationName = organisationName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public Site getSite() {
      return site;
    }

    public void setSite(Site site) {
      this.site = site;
    }
  }
}
