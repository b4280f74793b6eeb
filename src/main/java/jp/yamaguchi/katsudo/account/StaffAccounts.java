package jp.yamaguchi.katsudo.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.account.domain.StaffAccount;
import jp.yamaguchi.katsudo.account.domain.StaffAccountRepository;
import jp.yamaguchi.katsudo.account.security.LoginLockout;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.tx.AfterCommit;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Creates and manages staff accounts. The rules live here: login IDs are unique, passwords are long
 * enough, and a 管理者 can never disable, demote or delete their own account (so the admin can never
 * lock itself out).
 *
 * <p>A change to someone's rights or password ends that person's sessions once it is committed, so
 * a suspended or demoted member cannot keep working with the rights they had when they signed in.
 * Every change is recorded in the audit log. When the staff login needs a second factor ({@code
 * katsudo.security.staff-two-factor}), the code goes by mail, so every account needs an address.
 */
@Service
public class StaffAccounts {

  private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

  /** A login ID: 3 to 100 ASCII letters, digits, dots, underscores or hyphens. */
  public static final String USERNAME = "[A-Za-z0-9._-]{3,100}";

  public static final int PASSWORD_MIN = PasswordPolicy.STAFF_MIN;

  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 254;

  private static final Pattern USERNAME_PATTERN = Pattern.compile(USERNAME);
  private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s\"<>]+@[^@\\s\"<>]+");

  private final StaffAccountRepository repository;
  private final PasswordEncoder encoder;
  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final MessageSource messages;
  private final PasswordPolicy policy;
  private final AuditLog audit;
  private final LoginLockout lockout;
  private final boolean emailRequired;

  private final Clock clock;

  public StaffAccounts(
      StaffAccountRepository repository,
      PasswordEncoder encoder,
      FindByIndexNameSessionRepository<? extends Session> sessions,
      MessageSource messages,
      PasswordPolicy policy,
      AuditLog audit,
      LoginLockout lockout,
      Clock clock,
      @Value("${katsudo.security.staff-two-factor:false}") boolean twoFactor) {
    this.repository = repository;
    this.clock = clock;
    this.encoder = encoder;
    this.sessions = sessions;
    this.messages = messages;
    this.policy = policy;
    this.audit = audit;
    this.lockout = lockout;
    this.emailRequired = twoFactor;
  }

  /**
   * Whether every staff account needs a mail address: true when the login needs the second factor,
   * which is mailed. An account without one could not sign in then.
   */
  public boolean emailRequired() {
    return emailRequired;
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
    checkPassword(rawPassword, login);
    StaffAccount account =
        new StaffAccount(
            login,
            checkName(displayName),
            checkEmail(email),
            encoder.encode(rawPassword),
            role,
            clock.instant());
    StaffSummary created = summary(repository.save(account));
    log.info("staff account created id={} role={}", created.id(), role);
    audit.record(AuditAction.STAFF_CREATE, "staff:" + login, "role=" + role);
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
    StaffRole oldRole = account.getRole();
    boolean wasEnabled = account.isEnabled();
    boolean rightsChanged = oldRole != role || wasEnabled != enabled;
    String oldEmail = account.getEmail();
    String newEmail = checkEmail(email);
    boolean emailChanged = !Objects.equals(oldEmail, newEmail);
    account.change(checkName(displayName), newEmail, role, enabled, clock.instant());
    log.info("staff account changed id={} role={} enabled={}", id, role, enabled);
    String target = "staff:" + account.getUsername();
    if (oldRole != role) {
      audit.record(AuditAction.STAFF_PERMISSION_CHANGE, target, oldRole + " -> " + role);
    }
    if (wasEnabled && !enabled) audit.record(AuditAction.ACCOUNT_SUSPEND, target, null);
    if (!wasEnabled && enabled) audit.record(AuditAction.ACCOUNT_RESUME, target, null);
    if (emailChanged)
      audit.record(AuditAction.EMAIL_CHANGE, target, emailChange(oldEmail, newEmail));
    if (rightsChanged || emailChanged) {
      endSessions(account.getUsername(), account.getUsername().equals(actor));
    }
    return summary(account);
  }

  /**
   * Sets a new password and ends the account's sessions. When {@code actor} changes their own
   * password, their current password is required as well, and the session they are using stays.
   */
  @Transactional
  public void changePassword(long id, String rawPassword, String actor, String currentPassword) {
    StaffAccount account = entity(id);
    if (account.getUsername().equals(actor)) checkCurrentPassword(account, currentPassword);
    checkPassword(rawPassword, account.getUsername());
    account.changePasswordHash(encoder.encode(rawPassword), clock.instant());
    log.info("staff password changed id={}", id);
    boolean self = account.getUsername().equals(actor);
    audit.record(
        AuditAction.PASSWORD_CHANGE,
        "staff:" + account.getUsername(),
        self ? "own password" : "set by an administrator");
    endSessions(account.getUsername(), self);
  }

  /**
   * The current password of someone changing their own: a locked login ID is refused with the same
   * message as a wrong password, and a wrong password counts toward the login lockout (it could be
   * guessed here instead of at the login) and is audited as a failed login.
   */
  private void checkCurrentPassword(StaffAccount account, String currentPassword) {
    String key = LoginLockout.key("staff", account.getUsername());
    if (lockout.isLocked(key)) throw new BusinessException("e.staff.password.current");
    if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
      // LoginLockout writes in its own transaction: the count stays when this one rolls back
      lockout.recordFailure(key);
      audit.record(AuditAction.LOGIN_FAILURE, key, "current password");
      throw new BusinessException("e.staff.password.current");
    }
  }

  /** Deletes an account and ends its sessions; a 管理者 cannot delete their own. */
  @Transactional
  public void delete(long id, String actor) {
    StaffAccount account = entity(id);
    if (account.getUsername().equals(actor)) throw new BusinessException("e.staff.self.delete");
    repository.delete(account);
    log.info("staff account deleted id={}", id);
    audit.record(AuditAction.STAFF_DELETE, "staff:" + account.getUsername(), null);
    endSessions(account.getUsername(), false);
  }

  /**
   * Makes sure an enabled 管理者 with these credentials exists (start-up bootstrap, idempotent). An
   * existing account is put right: its password is reset to the given one (ending its sessions),
   * and it is enabled and made a 管理者 again. Each such repair is logged as a warning, since it
   * undoes what someone did in the admin.
   */
  @Transactional
  public void ensureAdministrator(String username, String rawPassword) {
    ensureAdministrator(username, rawPassword, null);
  }

  /**
   * As {@link #ensureAdministrator(String, String)}, and gives the account the mail address {@code
   * email} when one is set ({@code ADMIN_EMAIL}): with the second factor on, the bootstrap
   * administrator receives the login code there.
   */
  @Transactional
  public void ensureAdministrator(String username, String rawPassword, String email) {
    String mail = email == null || email.isBlank() ? null : email.strip();
    Optional<StaffAccount> existing = repository.findByUsername(username);
    if (existing.isEmpty()) {
      String name = messages.getMessage("staff.bootstrap.displayName", null, Locale.JAPANESE);
      repository.save(
          new StaffAccount(
              username, name, mail, encoder.encode(rawPassword), StaffRole.ADMIN, clock.instant()));
      log.info("administrator account '{}' created", username);
      audit.record(AuditAction.STAFF_CREATE, "system", "staff:" + username, "bootstrap");
      return;
    }
    StaffAccount account = existing.get();
    if (mail != null && !mail.equals(account.getEmail())) {
      String oldEmail = account.getEmail();
      account.change(
          account.getDisplayName(), mail, account.getRole(), account.isEnabled(), clock.instant());
      log.info("administrator account '{}': mail address set from ADMIN_EMAIL", username);
      audit.record(
          AuditAction.EMAIL_CHANGE, "system", "staff:" + username, emailChange(oldEmail, mail));
      endSessions(username, false);
    }
    if (!encoder.matches(rawPassword, account.getPasswordHash())) {
      account.changePasswordHash(encoder.encode(rawPassword), clock.instant());
      endSessions(username, false);
      log.warn(
          "administrator account '{}': password differed from ADMIN_PASSWORD and was reset to it",
          username);
    }
    if (!account.isEnabled()) {
      log.warn("administrator account '{}' was suspended and has been enabled again", username);
    }
    if (account.getRole() != StaffRole.ADMIN) {
      log.warn(
          "administrator account '{}' had the role {} and has the role {} again",
          username,
          account.getRole(),
          StaffRole.ADMIN);
    }
    if (!account.isEnabled() || account.getRole() != StaffRole.ADMIN) {
      account.change(
          account.getDisplayName(), account.getEmail(), StaffRole.ADMIN, true, clock.instant());
    }
  }

  /** The audit detail of an address change; {@link AuditLog} masks both addresses. */
  private static String emailChange(String oldEmail, String newEmail) {
    return (oldEmail == null ? "(none)" : oldEmail)
        + " -> "
        + (newEmail == null ? "(none)" : newEmail);
  }

  /**
   * Ends every session of {@code username} once the transaction commits, except the session of the
   * current request when {@code keepCurrent} (someone changing their own password stays signed in).
   */
  private void endSessions(String username, boolean keepCurrent) {
    String keep = keepCurrent ? currentSessionId() : null;
    AfterCommit.run(
        () -> {
          var ids =
              sessions.findByPrincipalName(username).keySet().stream()
                  .filter(sessionId -> !sessionId.equals(keep))
                  .toList();
          ids.forEach(sessions::deleteById);
          if (!ids.isEmpty())
            log.info("ended {} session(s) of a changed staff account", ids.size());
        });
  }

  private static String currentSessionId() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      var session = attrs.getRequest().getSession(false);
      if (session != null) return session.getId();
    }
    return null;
  }

  /**
   * What is wrong with a new password for the account {@code username}, as message IDs with their
   * arguments ({@code e.password.*}, see {@link PasswordPolicy}), or empty when it is acceptable.
   * Forms call it to show the problems next to the field; the service enforces it.
   */
  public List<BusinessException> passwordProblems(String raw, String username) {
    return policy.check(raw, username, true).stream()
        .map(
            v ->
                v.argument() == null
                    ? new BusinessException(v.messageKey())
                    : new BusinessException(v.messageKey(), v.argument()))
        .toList();
  }

  private void checkPassword(String raw, String username) {
    List<BusinessException> problems = passwordProblems(raw, username);
    if (!problems.isEmpty()) throw problems.getFirst();
  }

  private static String checkName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) throw new BusinessException("e.staff.name.required");
    if (n.length() > NAME_MAX) throw new BusinessException("e.staff.name.length", NAME_MAX);
    return n;
  }

  private String checkEmail(String email) {
    if (email == null || email.isBlank()) {
      if (emailRequired) throw new BusinessException("e.staff.email.required");
      return null;
    }
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
