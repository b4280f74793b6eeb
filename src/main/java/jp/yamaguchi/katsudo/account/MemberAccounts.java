package jp.yamaguchi.katsudo.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.account.domain.MemberAccount;
import jp.yamaguchi.katsudo.account.domain.MemberAccountRepository;
import jp.yamaguchi.katsudo.account.domain.MemberToken;
import jp.yamaguchi.katsudo.account.domain.MemberTokenRepository;
import jp.yamaguchi.katsudo.account.domain.Organisation;
import jp.yamaguchi.katsudo.account.domain.OrganisationRepository;
import jp.yamaguchi.katsudo.account.mail.MemberMails;
import jp.yamaguchi.katsudo.account.security.LoginLockout;
import jp.yamaguchi.katsudo.account.security.MemberUser;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.audit.AuditMasking;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.Like;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Member accounts of the public sites: registration with mail confirmation, password reset, change
 * of mail address and password, deletion, and the staff's management. Sign-up forms, mypages and
 * other modules use this service; the rules live here.
 *
 * <ul>
 *   <li>Login IDs are stored in their canonical form (NFKC, lower case): 3 to 50 of {@code
 *       [a-z0-9._-]}. Mail addresses are encrypted, found through a keyed hash, and unique among
 *       live accounts.
 *   <li>Mailed links carry a 32-byte random token; only its SHA-256 is stored. A token works once,
 *       for its own purpose, until it expires ({@link TokenPurpose}).
 *   <li>A password change or reset, a suspension and a deletion end every session of the account
 *       (the session's security stamp no longer matches, see {@link #sessionValid}).
 *   <li>Every change is written to the audit log with the account as {@code member:<id>}.
 * </ul>
 */
@Service
public class MemberAccounts {

  private static final Logger log = LoggerFactory.getLogger(MemberAccounts.class);

  /** A login ID after canonicalisation. */
  public static final String LOGIN_ID = "[a-z0-9._-]{3,50}";

  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 254;
  public static final int TEXT_MAX = 200;

  private static final Pattern LOGIN_ID_PATTERN = Pattern.compile(LOGIN_ID);
  private static final Pattern EMAIL_PATTERN =
      Pattern.compile("[^@\\s\"<>()\\[\\],;:]+@[^@\\s\"<>()\\[\\],;:]+\\.[^@\\s\"<>()\\[\\],;:]+");
  private static final int TOKEN_BYTES = 32;

  private final MemberAccountRepository accounts;
  private final OrganisationRepository organisations;
  private final MemberTokenRepository tokens;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final FieldCrypto crypto;
  private final MemberMails mails;
  private final AuditLog audit;
  private final LoginLockout lockout;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final TransactionTemplate transaction;

  public MemberAccounts(
      MemberAccountRepository accounts,
      OrganisationRepository organisations,
      MemberTokenRepository tokens,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      FieldCrypto crypto,
      MemberMails mails,
      AuditLog audit,
      LoginLockout lockout,
      JdbcClient jdbc,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.tokens = tokens;
    this.encoder = encoder;
    this.policy = policy;
    this.crypto = crypto;
    this.mails = mails;
    this.audit = audit;
    this.lockout = lockout;
    this.jdbc = jdbc;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** The member signed in on the public site of this request, if any (and still live). */
  @Transactional(readOnly = true)
  public Optional<MemberRef> currentMember() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof MemberUser user)) return Optional.empty();
    return accounts
        .findById(user.accountId())
        .filter(a -> a.getStatus() == MemberStatus.ACTIVE)
        .map(this::ref);
  }

  @Transactional(readOnly = true)
  public MemberRef get(long id) {
    return ref(entity(id));
  }

  @Transactional(readOnly = true)
  public Optional<MemberRef> byLoginId(String loginId) {
    return accounts.findByLoginId(canonicalLoginId(loginId)).map(this::ref);
  }

  /** The account's mail address (for modules that mail members), or null when deleted. */
  @Transactional(readOnly = true)
  public String emailOf(long id) {
    return entity(id).getEmail();
  }

  @Transactional(readOnly = true)
  public Optional<OrganisationRef> organisation(long organisationId) {
    return organisations.findById(organisationId).map(MemberAccounts::organisationRef);
  }

  /** Everything staff may see of an account (no password hash). */
  @Transactional(readOnly = true)
  public MemberDetail detail(long id) {
    MemberAccount a = entity(id);
    Organisation org =
        a.getOrganisationId() == null
            ? null
            : organisations.findById(a.getOrganisationId()).orElse(null);
    return new MemberDetail(
        ref(a),
        a.getEmail(),
        a.profile(),
        org == null ? null : organisationRef(org),
        org == null ? null : org.getContactName(),
        org == null ? null : org.getContactPhone(),
        org == null ? null : org.getContactEmail());
  }

  /**
   * The admin list. Every filter may be null: the login ID matches as a substring, the mail address
   * only exactly (through its lookup hash).
   */
  @Transactional(readOnly = true)
  public Page<MemberRef> search(
      MemberKind kind, MemberStatus status, String loginId, String email, Pageable pageable) {
    String pattern =
        loginId == null || loginId.isBlank() ? null : Like.containsLower(canonicalLoginId(loginId));
    String hash = email == null || email.isBlank() ? null : crypto.lookupHash(email);
    return accounts.search(kind, status, pattern, hash, pageable).map(this::ref);
  }

  @Transactional(readOnly = true)
  public long count(MemberStatus status) {
    return accounts.countByStatus(status);
  }

  /**
   * Whether a session that logged in with {@code stamp} may go on: the account is ACTIVE and its
   * sessions were not ended since. One indexed read, without decrypting anything.
   */
  public boolean sessionValid(long id, long stamp) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM member_account WHERE id = ? AND status = ?"
                    + " AND security_stamp = ?")
            .params(id, MemberStatus.ACTIVE.name(), stamp)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The session's principal after a change that ended the other sessions of the account. */
  @Transactional(readOnly = true)
  public MemberUser principal(long id) {
    return MemberUser.of(entity(id));
  }

  /** Records a successful login. */
  @Transactional
  public void recordLogin(long id) {
    accounts.findById(id).ifPresent(a -> a.loggedIn(clock.instant()));
  }

  // ---------------------------------------------------------------------------------------------
  // Registration and confirmation

  /**
   * Creates a PENDING account and mails a confirmation link (valid 24 hours) to its address; the
   * account can log in once the link is followed ({@link #verify}).
   */
  @Transactional
  public MemberRef register(NewMember m, Site site) {
    return register(m, null, site);
  }

  /**
   * Registers a GROUP or COMPANY member that acts for an organisation record that already exists
   * and has no live account yet, e.g. one a Supernet directory registration created: like {@link
   * #register(NewMember, Site)}, but {@code m.organisation()} only updates the contact person of
   * that record instead of creating a new one. The caller must have checked that the person may act
   * for it (e.g. they confirmed the registration's mail address in this browser session).
   */
  @Transactional
  public MemberRef registerForOrganisation(NewMember m, long organisationId, Site site) {
    if (!m.kind().actsForOrganisation()) throw new BusinessException("e.member.organisation.kind");
    if (accounts.countByOrganisationIdAndStatusNot(organisationId, MemberStatus.DELETED) > 0) {
      throw new BusinessException("e.member.organisation.taken");
    }
    return register(m, organisationId, site);
  }

  private MemberRef register(NewMember m, Long organisationId, Site site) {
    if (m.password() == null) throw new BusinessException("e.password.required");
    MemberAccount account = create(m, organisationId);
    String token = issue(account, TokenPurpose.VERIFY_EMAIL, null, null);
    mails.send(
        site,
        account.getEmail(),
        "verify",
        Map.of(
            "name", greetingName(account),
            "loginId", account.getLoginId(),
            "url", mails.url(site, "account/verify?token=" + token),
            "hours", TokenPurpose.VERIFY_EMAIL.lifetime().toHours()));
    audit.record(AuditAction.ACCOUNT_REGISTER, target(account), "kind=" + account.getKind());
    return ref(account);
  }

  /**
   * Sends a new confirmation link when the ID or address names a PENDING account; does nothing
   * otherwise. The caller shows the same answer either way.
   */
  @Transactional
  public void resendConfirmation(String loginIdOrEmail, Site site) {
    Optional<MemberAccount> found = find(loginIdOrEmail);
    if (found.isEmpty()
        || found.get().getStatus() != MemberStatus.PENDING
        || found.get().getPasswordHash() == null) {
      return;
    }
    MemberAccount account = found.get();
    tokens.retire(account.getId(), TokenPurpose.VERIFY_EMAIL, clock.instant());
    String token = issue(account, TokenPurpose.VERIFY_EMAIL, null, null);
    mails.send(
        site,
        account.getEmail(),
        "verify",
        Map.of(
            "name", greetingName(account),
            "loginId", account.getLoginId(),
            "url", mails.url(site, "account/verify?token=" + token),
            "hours", TokenPurpose.VERIFY_EMAIL.lifetime().toHours()));
    log.info("confirmation mail sent again for member {}", account.getId());
  }

  /** Follows a confirmation link: the account becomes ACTIVE. */
  @Transactional
  public MemberRef verify(String token) {
    MemberToken t = consume(token, TokenPurpose.VERIFY_EMAIL);
    MemberAccount account = entity(t.getAccountId());
    if (account.getStatus() == MemberStatus.PENDING) {
      account.activate(clock.instant());
      audit.record(AuditAction.ACCOUNT_VERIFY, target(account), null);
    }
    return ref(account);
  }

  /**
   * Why a token cannot be used for {@code purpose} (a message ID), or empty when it can. Pages call
   * it before showing a form, so nobody types a new password for a dead link.
   */
  @Transactional(readOnly = true)
  public Optional<String> tokenProblem(String token, TokenPurpose purpose) {
    try {
      usable(token, purpose);
      return Optional.empty();
    } catch (BusinessException e) {
      return Optional.of(e.messageId());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Password

  /**
   * Mails a reset link (valid 30 minutes) when the ID or address names a live account; does nothing
   * otherwise. The caller always gives the same answer, so nobody learns whether an account exists.
   */
  @Transactional
  public void requestPasswordReset(String loginIdOrEmail, Site site) {
    Optional<MemberAccount> found =
        find(loginIdOrEmail)
            .filter(
                a -> a.getStatus() == MemberStatus.ACTIVE || a.getStatus() == MemberStatus.PENDING);
    if (found.isEmpty()) {
      audit.record(AuditAction.PASSWORD_RESET_REQUEST, "member:unknown", null);
      return;
    }
    MemberAccount account = found.get();
    tokens.retire(account.getId(), TokenPurpose.RESET_PASSWORD, clock.instant());
    String token = issue(account, TokenPurpose.RESET_PASSWORD, null, null);
    mails.send(
        site,
        account.getEmail(),
        "reset",
        Map.of(
            "name", greetingName(account),
            "loginId", account.getLoginId(),
            "url", mails.url(site, "account/password-reset/new?token=" + token),
            "minutes", TokenPurpose.RESET_PASSWORD.lifetime().toMinutes()));
    audit.record(AuditAction.PASSWORD_RESET_REQUEST, target(account), null);
  }

  /**
   * Sets a new password through a reset link. The link proves the address, so a PENDING account (or
   * one staff created) becomes ACTIVE. Every session of the account ends and its lockout is
   * cleared. The link stays usable when the password is refused.
   */
  @Transactional
  public MemberRef resetPassword(String token, String newPassword, Site site) {
    MemberToken t = usable(token, TokenPurpose.RESET_PASSWORD);
    MemberAccount account = entity(t.getAccountId());
    checkPassword(newPassword, account.getLoginId());
    markUsed(t);
    Instant now = clock.instant();
    account.changePasswordHash(encoder.encode(newPassword), now);
    if (account.getStatus() == MemberStatus.PENDING) account.activate(now);
    tokens.retire(account.getId(), TokenPurpose.RESET_PASSWORD, now);
    lockout.unlock(LoginLockout.key(MemberUser.REALM, account.getLoginId()));
    audit.record(AuditAction.PASSWORD_RESET, target(account), null);
    mails.send(
        site,
        account.getEmail(),
        "password-changed",
        Map.of("name", greetingName(account), "loginId", account.getLoginId()));
    return ref(account);
  }

  /** The rules a new password breaks (for showing every problem next to the field). */
  public List<PasswordPolicy.Violation> passwordProblems(String password, String loginId) {
    return policy.check(password, loginId, false);
  }

  /**
   * Changes the password of the account; the current one is required. Every session of the account
   * ends: the caller re-issues the current session with {@link #principal}.
   */
  public void changePassword(long id, String currentPassword, String newPassword, Site site) {
    requireCurrentPassword(id, currentPassword);
    transaction.executeWithoutResult(
        status -> {
          MemberAccount account = live(id);
          checkPassword(newPassword, account.getLoginId());
          account.changePasswordHash(encoder.encode(newPassword), clock.instant());
          // a reset link still in some mailbox must not undo the change
          tokens.retire(account.getId(), TokenPurpose.RESET_PASSWORD, clock.instant());
          audit.record(AuditAction.PASSWORD_CHANGE, target(account), null);
          mails.send(
              site,
              account.getEmail(),
              "password-changed",
              Map.of("name", greetingName(account), "loginId", account.getLoginId()));
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Mail address

  /**
   * Starts a change of address: the current password is required; a confirmation link (24 hours)
   * goes to the NEW address and a notice to the old one. The address changes only when the link is
   * followed ({@link #confirmEmailChange}).
   */
  public void requestEmailChange(long id, String currentPassword, String newEmail, Site site) {
    requireCurrentPassword(id, currentPassword);
    transaction.executeWithoutResult(status -> startEmailChange(live(id), newEmail, site, false));
  }

  /** Follows an address-change link: the account gets the new address. */
  @Transactional
  public MemberRef confirmEmailChange(String token) {
    MemberToken t = usable(token, TokenPurpose.CHANGE_EMAIL);
    MemberAccount account = entity(t.getAccountId());
    if (account.getStatus() == MemberStatus.DELETED || t.getNewEmail() == null) {
      throw new BusinessException("e.member.token.invalid");
    }
    String hash = crypto.lookupHash(t.getNewEmail());
    Optional<MemberAccount> holder = accounts.findByEmailHash(hash);
    if (holder.isPresent() && !holder.get().getId().equals(account.getId())) {
      throw new BusinessException("e.member.email.taken");
    }
    markUsed(t);
    String old = account.getEmail();
    account.changeEmail(t.getNewEmail(), hash, clock.instant());
    tokens.retire(account.getId(), TokenPurpose.CHANGE_EMAIL, clock.instant());
    // links mailed to the old address stop working with it
    tokens.retire(account.getId(), TokenPurpose.RESET_PASSWORD, clock.instant());
    tokens.retire(account.getId(), TokenPurpose.VERIFY_EMAIL, clock.instant());
    audit.record(
        AuditAction.EMAIL_CHANGE,
        target(account),
        AuditMasking.email(old) + " -> " + AuditMasking.email(t.getNewEmail()));
    return ref(account);
  }

  // ---------------------------------------------------------------------------------------------
  // Deletion

  /** Deletes one's own account: the password is required. See {@link #erase}. */
  public void delete(long id, String currentPassword, Site site) {
    requireCurrentPassword(id, currentPassword);
    transaction.executeWithoutResult(status -> erase(live(id), site));
  }

  // ---------------------------------------------------------------------------------------------
  // Staff

  /**
   * Staff create an account: it stays PENDING without a password until the person sets one through
   * the mailed link (valid 7 days), which proves the address and makes it ACTIVE.
   */
  @Transactional
  public MemberRef createByStaff(NewMember m, Site site) {
    MemberAccount account =
        create(
            new NewMember(
                m.loginId(),
                m.email(),
                null,
                m.kind(),
                m.displayName(),
                m.profile(),
                m.organisation()));
    String token =
        issue(account, TokenPurpose.RESET_PASSWORD, null, TokenPurpose.STAFF_CREATED_SET_PASSWORD);
    mails.send(
        site,
        account.getEmail(),
        "welcome",
        Map.of(
            "name", greetingName(account),
            "loginId", account.getLoginId(),
            "url", mails.url(site, "account/password-reset/new?token=" + token),
            "days", TokenPurpose.STAFF_CREATED_SET_PASSWORD.toDays()));
    audit.record(AuditAction.ACCOUNT_REGISTER, target(account), "by staff, kind=" + m.kind());
    return ref(account);
  }

  /**
   * An account created ACTIVE with a known password: demo data and the legacy import (whose
   * addresses were confirmed by the old system). Sends no mail.
   */
  @Transactional
  public MemberRef createActive(NewMember m) {
    if (m.password() == null) throw new BusinessException("e.password.required");
    MemberAccount account = create(m);
    account.activate(clock.instant());
    audit.record(AuditAction.ACCOUNT_REGISTER, target(account), "import, kind=" + m.kind());
    return ref(account);
  }

  /**
   * Staff change an account's display name and kind, and optionally its address (a confirmation
   * goes to the new address; the address changes when it is followed). A GROUP or COMPANY account
   * without an organisation needs {@code organisationName}.
   */
  @Transactional
  public MemberRef update(
      long id,
      String displayName,
      MemberKind kind,
      String organisationName,
      String newEmail,
      Site site) {
    MemberAccount account = live(id);
    if (kind == null) throw new BusinessException("e.member.kind.required");
    Instant now = clock.instant();
    Long orgId = account.getOrganisationId();
    if (kind.actsForOrganisation()) {
      if (orgId == null) {
        String name = text(organisationName, "e.member.organisation.name", true);
        Organisation org = organisations.save(new Organisation(defaultKind(kind), name, null, now));
        orgId = org.getId();
      } else {
        Organisation org = organisations.findById(orgId).orElseThrow();
        if (!kind.fits(org.getKind())) org.changeKind(defaultKind(kind), now);
      }
    }
    String name = text(displayName, "e.member.displayName", true);
    boolean changed =
        !name.equals(account.getDisplayName())
            || kind != account.getKind()
            || !java.util.Objects.equals(orgId, account.getOrganisationId());
    account.change(
        name, kind, kind.actsForOrganisation() ? orgId : account.getOrganisationId(), now);
    if (changed) {
      audit.record(AuditAction.ACCOUNT_CHANGE, target(account), "kind=" + kind);
    }
    if (newEmail != null
        && !newEmail.isBlank()
        && !crypto.lookupHash(newEmail).equals(account.getEmailHash())) {
      startEmailChange(account, newEmail, site, true);
    }
    return ref(account);
  }

  /** Staff suspend an account: it cannot log in and its sessions end at once. */
  @Transactional
  public void suspend(long id) {
    MemberAccount account = live(id);
    if (account.getStatus() == MemberStatus.SUSPENDED) return;
    account.suspend(clock.instant());
    tokens.retire(account.getId(), null, clock.instant());
    audit.record(AuditAction.ACCOUNT_SUSPEND, target(account), null);
  }

  /** Staff lift a suspension: the account is ACTIVE again (PENDING if never confirmed). */
  @Transactional
  public void resume(long id) {
    MemberAccount account = live(id);
    if (account.getStatus() != MemberStatus.SUSPENDED) return;
    account.resume(clock.instant());
    audit.record(AuditAction.ACCOUNT_RESUME, target(account), null);
  }

  /** Staff delete an account (see {@link #erase}). */
  @Transactional
  public void deleteByStaff(long id) {
    erase(live(id), Site.SUPERNET);
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  private MemberAccount create(NewMember m) {
    return create(m, null);
  }

  private MemberAccount create(NewMember m, Long existingOrganisationId) {
    String loginId = canonicalLoginId(m.loginId());
    if (loginId.isEmpty()) throw new BusinessException("e.member.loginId.required");
    if (!LOGIN_ID_PATTERN.matcher(loginId).matches()) {
      throw new BusinessException("e.member.loginId.format");
    }
    if (accounts.findByLoginId(loginId).isPresent()) {
      throw new BusinessException("e.member.loginId.taken");
    }
    String email = checkEmail(m.email());
    String hash = crypto.lookupHash(email);
    if (accounts.findByEmailHash(hash).isPresent()) {
      throw new BusinessException("e.member.email.taken");
    }
    if (m.kind() == null) throw new BusinessException("e.member.kind.required");
    if (m.password() != null) checkPassword(m.password(), loginId);
    Instant now = clock.instant();
    Long orgId = null;
    String orgName = null;
    if (m.kind().actsForOrganisation()) {
      NewOrganisation o = m.organisation();
      if (o == null) throw new BusinessException("e.member.organisation.name.required");
      OrganisationKind orgKind = o.kind() == null ? defaultKind(m.kind()) : o.kind();
      if (!m.kind().fits(orgKind)) throw new BusinessException("e.member.organisation.kind");
      Organisation org;
      if (existingOrganisationId != null) {
        org =
            organisations
                .findById(existingOrganisationId)
                .orElseThrow(() -> new BusinessException("e.member.organisation.name.required"));
        if (!m.kind().fits(org.getKind())) {
          throw new BusinessException("e.member.organisation.kind");
        }
        orgName = org.getName();
      } else {
        orgName = text(o.name(), "e.member.organisation.name", true);
        org =
            new Organisation(
                orgKind, orgName, text(o.nameKana(), "e.member.organisation.kana", false), now);
      }
      org.changeContact(
          text(o.contactName(), "e.member.contact.name", false),
          text(o.contactPhone(), "e.member.contact.phone", false),
          o.contactEmail() == null || o.contactEmail().isBlank()
              ? null
              : checkEmail(o.contactEmail()),
          now);
      orgId = organisations.save(org).getId();
    }
    PersonalProfile profile =
        m.kind() == MemberKind.INDIVIDUAL && m.profile() != null
            ? m.profile()
            : PersonalProfile.EMPTY;
    String display = text(m.displayName(), "e.member.displayName", false);
    if (display == null) display = profile.fullName() != null ? profile.fullName() : orgName;
    if (display == null) display = loginId;
    if (display.length() > NAME_MAX) display = display.substring(0, NAME_MAX);
    MemberAccount account =
        new MemberAccount(
            loginId,
            email,
            hash,
            m.password() == null ? null : encoder.encode(m.password()),
            m.kind(),
            display,
            orgId,
            now);
    account.changeProfile(profile, now);
    return accounts.save(account);
  }

  /**
   * @param revealTaken whether an address that belongs to another account may be refused as such
   *     (staff yes); a member is answered as if the mail had been sent, and the address's owner
   *     gets a notice instead, so the form cannot be used to find out who is registered
   */
  private void startEmailChange(
      MemberAccount account, String newEmail, Site site, boolean revealTaken) {
    String email = checkEmail(newEmail);
    String hash = crypto.lookupHash(email);
    if (hash.equals(account.getEmailHash())) throw new BusinessException("e.member.email.same");
    if (accounts.findByEmailHash(hash).isPresent()) {
      if (revealTaken) throw new BusinessException("e.member.email.taken");
      mails.send(site, email, "email-taken", Map.of());
      audit.record(
          AuditAction.EMAIL_CHANGE_REQUEST,
          target(account),
          "to " + AuditMasking.email(email) + ", already registered: not changed");
      return;
    }
    tokens.retire(account.getId(), TokenPurpose.CHANGE_EMAIL, clock.instant());
    String token = issue(account, TokenPurpose.CHANGE_EMAIL, email, null);
    mails.send(
        site,
        email,
        "email-change",
        Map.of(
            "name", greetingName(account),
            "loginId", account.getLoginId(),
            "url", mails.url(site, "account/email/confirm?token=" + token),
            "hours", TokenPurpose.CHANGE_EMAIL.lifetime().toHours()));
    mails.send(
        site,
        account.getEmail(),
        "email-change-notice",
        Map.of(
            "name", greetingName(account),
            "loginId", account.getLoginId(),
            "maskedEmail", AuditMasking.email(email)));
    audit.record(
        AuditAction.EMAIL_CHANGE_REQUEST, target(account), "to " + AuditMasking.email(email));
  }

  /**
   * Erases every personal field of the account and the contact person of an organisation no other
   * live account acts for; keeps an anonymised row. Tokens die, sessions end.
   */
  private void erase(MemberAccount account, Site site) {
    Instant now = clock.instant();
    String email = account.getEmail();
    String name = greetingName(account);
    String loginId = account.getLoginId();
    Long orgId = account.getOrganisationId();
    account.anonymise(now);
    accounts.flush();
    if (orgId != null
        && accounts.countByOrganisationIdAndStatusNot(orgId, MemberStatus.DELETED) == 0) {
      organisations.findById(orgId).ifPresent(o -> o.eraseContact(now));
    }
    tokens.retire(account.getId(), null, now);
    tokens.eraseAddresses(account.getId());
    lockout.recordSuccess(LoginLockout.key(MemberUser.REALM, loginId));
    audit.record(AuditAction.ACCOUNT_DELETE, target(account), null);
    mails.send(site, email, "deleted", Map.of("name", name, "loginId", loginId));
  }

  /** Issues a token and returns it; only its hash is stored. */
  private String issue(
      MemberAccount account, TokenPurpose purpose, String newEmail, Duration lifetime) {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    tokens.save(
        new MemberToken(
            sha256(token),
            purpose,
            account.getId(),
            newEmail,
            now,
            now.plus(lifetime == null ? purpose.lifetime() : lifetime)));
    return token;
  }

  /** The token if it can be used for {@code purpose} now; a clear refusal otherwise. */
  private MemberToken usable(String token, TokenPurpose purpose) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new BusinessException("e.member.token.invalid");
    }
    MemberToken t =
        tokens
            .findByTokenHash(sha256(token.strip()))
            .filter(found -> found.getPurpose() == purpose)
            .orElseThrow(() -> new BusinessException("e.member.token.invalid"));
    if (t.getUsedAt() != null) throw new BusinessException("e.member.token.used");
    if (!t.getExpiresAt().isAfter(clock.instant())) {
      throw new BusinessException("e.member.token.expired");
    }
    return t;
  }

  private MemberToken consume(String token, TokenPurpose purpose) {
    MemberToken t = usable(token, purpose);
    markUsed(t);
    return t;
  }

  /** Marks a token used with one conditional update, so two requests cannot both use it. */
  private void markUsed(MemberToken t) {
    Instant now = clock.instant();
    int n =
        jdbc.sql("UPDATE member_token SET used_at = ? WHERE id = ? AND used_at IS NULL")
            .params(Timestamp.from(now), t.getId())
            .update();
    if (n == 0) throw new BusinessException("e.member.token.used");
    t.use(now);
  }

  /**
   * Checks the current password before the change's own transaction opens (so a refusal holds no
   * database connection while the failure is counted and audited). Guesses count towards the login
   * lockout of the account, reserved like a login attempt, so a taken-over session cannot be used
   * to try passwords without limit, not even in parallel.
   */
  private void requireCurrentPassword(long id, String currentPassword) {
    if (currentPassword == null || currentPassword.isEmpty()) {
      throw new BusinessException("e.member.currentPassword.required");
    }
    MemberAccount account = live(id);
    String key = LoginLockout.key(MemberUser.REALM, account.getLoginId());
    if (!lockout.tryAttempt(key)) {
      audit.record(AuditAction.LOGIN_FAILURE, target(account), "current password, locked");
      throw new BusinessException("e.member.currentPassword.wrong");
    }
    if (account.getPasswordHash() == null
        || !encoder.matches(currentPassword, account.getPasswordHash())) {
      lockout.failed(key);
      audit.record(AuditAction.LOGIN_FAILURE, target(account), "current password wrong");
      throw new BusinessException("e.member.currentPassword.wrong");
    }
    lockout.release(key);
  }

  private void checkPassword(String password, String loginId) {
    List<PasswordPolicy.Violation> problems = policy.check(password, loginId, false);
    if (!problems.isEmpty()) {
      PasswordPolicy.Violation v = problems.getFirst();
      throw v.argument() == null
          ? new BusinessException(v.messageKey())
          : new BusinessException(v.messageKey(), v.argument());
    }
  }

  private Optional<MemberAccount> find(String loginIdOrEmail) {
    if (loginIdOrEmail == null || loginIdOrEmail.isBlank() || loginIdOrEmail.length() > 300) {
      return Optional.empty();
    }
    String typed = loginIdOrEmail.strip();
    if (typed.contains("@")) return accounts.findByEmailHash(crypto.lookupHash(typed));
    return accounts.findByLoginId(canonicalLoginId(typed));
  }

  /** NFKC, trimmed, lower case: the form login IDs are stored and compared in. */
  public static String canonicalLoginId(String typed) {
    if (typed == null) return "";
    return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private static String checkEmail(String email) {
    String e = email == null ? "" : Normalizer.normalize(email, Normalizer.Form.NFKC).strip();
    if (e.isEmpty()) throw new BusinessException("e.member.email.required");
    if (e.length() > EMAIL_MAX || !EMAIL_PATTERN.matcher(e).matches()) {
      throw new BusinessException("e.member.email.format");
    }
    return e;
  }

  private static String text(String value, String messagePrefix, boolean required) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      if (required) throw new BusinessException(messagePrefix + ".required");
      return null;
    }
    if (v.length() > TEXT_MAX) throw new BusinessException(messagePrefix + ".length", TEXT_MAX);
    return v;
  }

  private static OrganisationKind defaultKind(MemberKind kind) {
    return kind == MemberKind.COMPANY ? OrganisationKind.COMPANY : OrganisationKind.GROUP;
  }

  private static String greetingName(MemberAccount a) {
    return a.getDisplayName() == null ? a.getLoginId() : a.getDisplayName();
  }

  private static String target(MemberAccount a) {
    return "member:" + a.getId();
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private MemberAccount entity(long id) {
    return accounts.findById(id).orElseThrow(() -> new NotFoundException("member " + id));
  }

  private MemberAccount live(long id) {
    MemberAccount a = entity(id);
    if (a.getStatus() == MemberStatus.DELETED) throw new NotFoundException("member " + id);
    return a;
  }

  private MemberRef ref(MemberAccount a) {
    return new MemberRef(
        a.getId(),
        a.getLoginId(),
        a.getKind(),
        a.getStatus(),
        a.getDisplayName(),
        a.getEmail() == null ? null : maskEmail(a.getEmail()),
        a.getOrganisationId(),
        a.getCreatedAt(),
        a.getVerifiedAt(),
        a.getLastLoginAt());
  }

  /** {@code taro@example.jp} shown as {@code t***@example.jp}. */
  static String maskEmail(String email) {
    return AuditMasking.email(email);
  }

  private static OrganisationRef organisationRef(Organisation o) {
    return new OrganisationRef(o.getId(), o.getKind(), o.getName(), o.getNameKana());
  }
}
