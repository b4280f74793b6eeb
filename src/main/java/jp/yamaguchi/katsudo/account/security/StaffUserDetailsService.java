package jp.yamaguchi.katsudo.account.security;

import java.util.List;
import jp.yamaguchi.katsudo.account.domain.StaffAccount;
import jp.yamaguchi.katsudo.account.domain.StaffAccountRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff accounts for the admin login. A suspended account is reported as unknown, so the
 * login still computes the (dummy) password hash and takes as long as for any other refusal: the
 * answer time does not tell which accounts are suspended.
 */
@Component
public class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

  private final StaffAccountRepository repository;

  public StaffUserDetailsService(StaffAccountRepository repository) {
    this.repository = repository;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return repository
        .findByUsername(username)
        .filter(StaffAccount::isEnabled)
        .map(
            a ->
                User.withUsername(a.getUsername())
                    .password(a.getPasswordHash())
                    .authorities(List.of(new SimpleGrantedAuthority(a.getRole().authority())))
                    .build())
        .orElseThrow(() -> new UsernameNotFoundException("unknown"));
  }

  /** Stores a re-hashed password after a login with an outdated hash algorithm. */
  @Override
  @Transactional
  public UserDetails updatePassword(UserDetails user, String newPassword) {
    repository
        .findByUsername(user.getUsername())
        .ifPresent(a -> a.upgradePasswordHash(newPassword));
    return User.withUserDetails(user).password(newPassword).build();
  }
}
