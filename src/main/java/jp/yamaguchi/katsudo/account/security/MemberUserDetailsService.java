package jp.yamaguchi.katsudo.account.security;

import java.util.Optional;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberStatus;
import jp.yamaguchi.katsudo.account.domain.MemberAccount;
import jp.yamaguchi.katsudo.account.domain.MemberAccountRepository;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads member accounts for the member login, by login ID or by mail address. Only ACTIVE accounts
 * can log in; a PENDING one loads with expired credentials (see {@link MemberUser}); suspended,
 * deleted and password-less accounts are unknown.
 */
@Component
public class MemberUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

  private final MemberAccountRepository repository;
  private final FieldCrypto crypto;

  public MemberUserDetailsService(MemberAccountRepository repository, FieldCrypto crypto) {
    this.repository = repository;
    this.crypto = crypto;
  }

  /** The account a login ID or mail address names, if any. */
  Optional<MemberAccount> find(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > 300) return Optional.empty();
    String t = typed.strip();
    if (t.contains("@")) return repository.findByEmailHash(crypto.lookupHash(t));
    return repository.findByLoginId(MemberAccounts.canonicalLoginId(t));
  }

  /**
   * The canonical login ID of what was typed, for the lockout: an address maps to its account's
   * login ID, so both ways of naming an account share one failure count.
   */
  @Transactional(readOnly = true)
  public String canonicalId(String typed) {
    return find(typed)
        .map(MemberAccount::getLoginId)
        .orElse(MemberAccounts.canonicalLoginId(typed));
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return find(username)
        .filter(a -> a.getPasswordHash() != null)
        .filter(a -> a.getStatus() == MemberStatus.ACTIVE || a.getStatus() == MemberStatus.PENDING)
        .map(MemberUser::of)
        .orElseThrow(() -> new UsernameNotFoundException("unknown"));
  }

  /** Stores a re-hashed password after a login with an outdated hash algorithm. */
  @Override
  @Transactional
  public UserDetails updatePassword(UserDetails user, String newPassword) {
    if (user instanceof MemberUser m) {
      Optional<MemberAccount> account = repository.findById(m.accountId());
      if (account.isPresent()) {
        account.get().upgradePasswordHash(newPassword);
        return MemberUser.of(account.get());
      }
    }
    return User.withUserDetails(user).password(newPassword).build();
  }
}
