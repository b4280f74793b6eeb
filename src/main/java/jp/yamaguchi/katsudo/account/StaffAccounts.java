package jp.yamaguchi.katsudo.account;

import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.account.domain.StaffAccount;
import jp.yamaguchi.katsudo.account.domain.StaffAccountRepository;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and manages staff accounts. */
@Service
public class StaffAccounts {

  private final StaffAccountRepository repository;
  private final PasswordEncoder encoder;

  public StaffAccounts(StaffAccountRepository repository, PasswordEncoder encoder) {
    this.repository = repository;
    this.encoder = encoder;
  }

  @Transactional(readOnly = true)
  public List<StaffSummary> all() {
    return repository.findAllByOrderByUsernameAsc().stream().map(StaffAccounts::summary).toList();
  }

  @Transactional(readOnly = true)
  public StaffSummary get(long id) {
    return repository
        .findById(id)
        .map(StaffAccounts::summary)
        .orElseThrow(() -> new NotFoundException("staff " + id));
  }

  @Transactional(readOnly = true)
  public Optional<StaffSummary> byUsername(String username) {
    return repository.findByUsername(username).map(StaffAccounts::summary);
  }

  @Transactional
  public StaffSummary create(
      String username, String displayName, String email, String rawPassword, StaffRole role) {
    if (repository.findByUsername(username).isPresent()) {
      throw new BusinessException("e.staff.username.taken");
    }
    StaffAccount account =
        new StaffAccount(username, displayName, email, encoder.encode(rawPassword), role);
    return summary(repository.save(account));
  }

  @Transactional
  public StaffSummary update(
      long id, String displayName, String email, StaffRole role, boolean enabled) {
    StaffAccount account = entity(id);
    account.change(displayName, email, role, enabled);
    return summary(account);
  }

  @Transactional
  public void changePassword(long id, String rawPassword) {
    entity(id).changePasswordHash(encoder.encode(rawPassword));
  }

  @Transactional
  public void delete(long id) {
    repository.delete(entity(id));
  }

  /** Makes sure an enabled 管理者 with these credentials exists (start-up bootstrap, idempotent). */
  @Transactional
  public void ensureAdministrator(String username, String rawPassword) {
    StaffAccount account =
        repository
            .findByUsername(username)
            .orElseGet(
                () ->
                    repository.save(
                        new StaffAccount(
                            username, "管理者", null, encoder.encode(rawPassword), StaffRole.ADMIN)));
    if (!encoder.matches(rawPassword, account.getPasswordHash())) {
      account.changePasswordHash(encoder.encode(rawPassword));
    }
    if (!account.isEnabled() || account.getRole() != StaffRole.ADMIN) {
      account.change(account.getDisplayName(), account.getEmail(), StaffRole.ADMIN, true);
    }
  }

  private StaffAccount entity(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("staff " + id));
  }

  static StaffSummary summary(StaffAccount a) {
    return new StaffSummary(
        a.getId(),
        a.getUsername(),
        a.getDisplayName(),
        a.getEmail(),
        a.getRole(),
        a.isEnabled(),
        a.getCreatedAt(),
        a.getUpdatedAt());
  }
}
