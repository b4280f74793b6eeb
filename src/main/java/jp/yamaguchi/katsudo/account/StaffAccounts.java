package jp.yamaguchi.katsudo.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.account.domain.StaffAccount;
import jp.yamaguchi.katsudo.account.domain.StaffAccountRepository;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and manages staff accounts. The rules live here: login IDs are unique, passwords are long
 * enough, and a 管理者 can never disable, demote or delete their own account (so the admin can never
 * lock itself out).
 */
@Service
public class StaffAccounts {

  private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

  /** A login ID: 3 to 100 ASCII letters, digits, dots, underscores or hyphens. */
  public static final String USERNAME = "[A-Za-z0-9._-]{3,100}";

  public static final int PASSWORD_MIN = 12;

  /** The password hash (bcrypt) reads at most 72 bytes. */
  public static final int PASSWORD_MAX_BYTES = 72;

  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 254;

  private static final Pattern USERNAME_PATTERN = Pattern.compile(USERNAME);
  private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s\"<>]+@[^@\\s\"<>]+");

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

  /**
   * Accounts for the admin list.
   *
   * @param role only this role, or all when null
   * @param enabled only enabled (true) or suspended (false) accounts, or all when null
   */
  @Transactional(readOnly = true)
  public Page<StaffSummary> search(StaffRole role, Boolean enabled, Pageable pageable) {
    return repository.search(role, enabled, pageable).map(StaffAccounts::summary);
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
    String login = username == null ? "" : username.strip();
    if (!USERNAME_PATTERN.matcher(login).matches()) {
      throw new BusinessException("e.staff.username.format");
    }
    if (repository.findByUsername(login).isPresent()) {
      throw new BusinessException("e.staff.username.taken");
    }
    if (role == null) throw new BusinessException("e.staff.role.required");
    checkPassword(rawPassword);
    StaffAccount account =
        new StaffAccount(
            login, checkName(displayName), checkEmail(email), encoder.encode(rawPassword), role);
    StaffSummary created = summary(repository.save(account));
    log.info("staff account created id={} role={}", created.id(), role);
    return created;
  }

  /**
   * Changes an account's name, email, role and whether it may sign in. {@code actor} is the login
   * ID of the 管理者 doing it, who may not suspend or demote their own account.
   */
  @Transactional
  public StaffSummary update(
      long id, String displayName, String email, StaffRole role, boolean enabled, String actor) {
    StaffAccount account = entity(id);
    if (role == null) throw new BusinessException("e.staff.role.required");
    if (account.getUsername().equals(actor)) {
      if (!enabled) throw new BusinessException("e.staff.self.disable");
      if (account.getRole() == StaffRole.ADMIN && role != StaffRole.ADMIN) {
        throw new BusinessException("e.staff.self.demote");
      }
    }
    account.change(checkName(displayName), checkEmail(email), role, enabled);
    log.info("staff account changed id={} role={} enabled={}", id, role, enabled);
    return summary(account);
  }

  /**
   * Sets a new password. When {@code actor} changes their own password, their current password is
   * required as well.
   */
  @Transactional
  public void changePassword(long id, String rawPassword, String actor, String currentPassword) {
    StaffAccount account = entity(id);
    if (account.getUsername().equals(actor)
        && (currentPassword == null
            || !encoder.matches(currentPassword, account.getPasswordHash()))) {
      throw new BusinessException("e.staff.password.current");
    }
    checkPassword(rawPassword);
    account.changePasswordHash(encoder.encode(rawPassword));
    log.info("staff password changed id={}", id);
  }

  /** Deletes an account; a 管理者 cannot delete their own. */
  @Transactional
  public void delete(long id, String actor) {
    StaffAccount account = entity(id);
    if (account.getUsername().equals(actor)) throw new BusinessException("e.staff.self.delete");
    repository.delete(account);
    log.info("staff account deleted id={}", id);
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

  /**
   * What is wrong with a new password, as a message ID with its argument, or empty when it is
   * acceptable. Forms call it to show the problem next to the field; the service enforces it.
   */
  public static Optional<BusinessException> passwordProblem(String raw) {
    if (raw == null || raw.codePointCount(0, raw.length()) < PASSWORD_MIN) {
      return Optional.of(new BusinessException("e.staff.password.length", PASSWORD_MIN));
    }
    if (raw.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
      return Optional.of(new BusinessException("e.staff.password.bytes", PASSWORD_MAX_BYTES));
    }
    return Optional.empty();
  }

  private static void checkPassword(String raw) {
    Optional<BusinessException> problem = passwordProblem(raw);
    if (problem.isPresent()) throw problem.get();
  }

  private static String checkName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) throw new BusinessException("e.staff.name.required");
    if (n.length() > NAME_MAX) throw new BusinessException("e.staff.name.length", NAME_MAX);
    return n;
  }

  private static String checkEmail(String email) {
    if (email == null || email.isBlank()) return null;
    String e = email.strip();
    if (e.length() > EMAIL_MAX || !EMAIL_PATTERN.matcher(e).matches()) {
      throw new BusinessException("e.staff.email.format");
    }
    return e;
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
