package jp.yamaguchi.katsudo.account.security;

import java.io.Serial;
import java.util.List;
import jp.yamaguchi.katsudo.account.MemberStatus;
import jp.yamaguchi.katsudo.account.domain.MemberAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a member signed in on a public site. Its name is {@code member:<login ID>}:
 * staff login IDs cannot contain a colon, so a member and a staff member never share a principal
 * name (in the audit log, the session index or anywhere else). It remembers the account's security
 * stamp at login; {@link MemberSessionFilter} signs the session out when the stamp changed.
 *
 * <p>A PENDING account loads with expired credentials: Spring Security checks that only after the
 * password matched, so the login page may tell a person who knows the password (and only them) that
 * the address is not confirmed yet.
 */
public class MemberUser extends User {

  @Serial private static final long serialVersionUID = 1L;

  /** The lockout realm and principal-name prefix of members. */
  public static final String REALM = "member";

  public static final String PREFIX = REALM + ":";
  public static final String ROLE = "MEMBER";

  private final long accountId;
  private final String loginId;
  private final String displayName;
  private final long stamp;

  private MemberUser(MemberAccount a, boolean pending, String passwordHash) {
    super(
        PREFIX + a.getLoginId(),
        passwordHash,
        true,
        true,
        !pending,
        true,
        List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    this.accountId = a.getId();
    this.loginId = a.getLoginId();
    this.displayName = a.getDisplayName();
    this.stamp = a.getSecurityStamp();
  }

  /** The principal of an ACTIVE or PENDING account with a password. */
  public static MemberUser of(MemberAccount a) {
    return new MemberUser(
        a,
        a.getStatus() == MemberStatus.PENDING,
        a.getPasswordHash() == null ? "" : a.getPasswordHash());
  }

  public long accountId() {
    return accountId;
  }

  public String loginId() {
    return loginId;
  }

  /** The name shown in the header of the public sites. */
  public String getDisplayName() {
    return displayName;
  }

  public long stamp() {
    return stamp;
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
