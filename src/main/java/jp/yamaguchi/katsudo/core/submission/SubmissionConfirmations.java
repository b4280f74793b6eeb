package jp.yamaguchi.katsudo.core.submission;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.audit.AuditMasking;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms the mail address of someone who submits content without an account, before the item
 * lands as 仮登録: a single-use link valid for {@link #VALID}, mailed to the address; opening it shows
 * a page with a button (so mail scanners that follow links confirm nothing); pressing it calls the
 * module's {@link SubmissionHandler} once. See {@code package-info.java} for how a module uses it.
 */
@Service
public class SubmissionConfirmations {

  private static final Logger log = LoggerFactory.getLogger(SubmissionConfirmations.class);

  /** How long a mailed link works. */
  public static final Duration VALID = Duration.ofHours(24);

  /** Longest title kept (longer ones are cut with an ellipsis). */
  static final int MAX_TITLE = 300;

  private static final String SESSION_KEY = SubmissionConfirmations.class.getName() + ".confirmed";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Mailer mailer;
  private final MessageSource messages;
  private final KatsudoProperties properties;
  private final Map<String, SubmissionHandler> handlers;
  private final SecureRandom random = new SecureRandom();

  SubmissionConfirmations(
      JdbcClient jdbc,
      Clock clock,
      Mailer mailer,
      MessageSource messages,
      KatsudoProperties properties,
      List<SubmissionHandler> handlers) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.mailer = mailer;
    this.messages = messages;
    this.properties = properties;
    this.handlers =
        handlers.stream()
            .collect(Collectors.toMap(SubmissionHandler::contentType, Function.identity()));
  }

  /**
   * Stores a new link for the item and mails it to {@code email}. Sent before the caller's
   * transaction commits: when the mail server refuses, a {@link BusinessException} ({@code
   * e.submission.mail}) rolls the submission back, so the person sees the problem while their
   * values are still on the screen.
   *
   * @param contentType the key of the module's {@link SubmissionHandler}
   * @param title what is confirmed, shown in the mail and on the page, e.g. 「団体登録：○○の会」
   * @param site the site whose shell and address the link uses
   */
  @Transactional
  public void request(String contentType, long contentId, String email, String title, Site site) {
    if (!handlers.containsKey(contentType)) {
      throw new IllegalArgumentException("no SubmissionHandler for " + contentType);
    }
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("no address to confirm");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    String shortTitle = shorten(title);
    jdbc.sql(
            """
            INSERT INTO submission_confirmation
              (token_hash, content_type, content_id, site, title, created_at, expires_at)
            VALUES (:hash, :type, :id, :site, :title, :now, :expires)""")
        .param("hash", hash(token))
        .param("type", contentType)
        .param("id", contentId)
        .param("site", site.name())
        .param("title", shortTitle)
        .param("now", at(now))
        .param("expires", at(now.plus(VALID)))
        .update();
    String siteName = messages.getMessage("site." + site.key() + ".name", null, Locale.JAPANESE);
    try {
      mailer.send(
          email.strip(),
          "submission/confirm",
          Map.of(
              "siteName",
              siteName,
              "siteUrl",
              properties.baseUrl() + site.basePath(),
              "title",
              shortTitle,
              "url",
              properties.baseUrl() + site.path("submission/confirm?token=" + token),
              "hours",
              VALID.toHours()));
    } catch (MailException e) {
      log.warn(
          "submission confirmation for {} could not be mailed: {}",
          contentType,
          AuditMasking.text(e.getMessage()));
      throw new BusinessException("e.submission.mail");
    }
  }

  /** What a link confirms, for the page that shows its button; empty when the token is unknown. */
  @Transactional(readOnly = true)
  public Optional<Pending> find(String token) {
    if (!plausible(token)) return Optional.empty();
    return jdbc.sql(
            """
            SELECT title, site, expires_at, confirmed_at FROM submission_confirmation
            WHERE token_hash = :hash""")
        .param("hash", hash(token))
        .query(
            (rs, n) ->
                new Pending(
                    rs.getString("title"),
                    Site.valueOf(rs.getString("site")),
                    rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("confirmed_at", OffsetDateTime.class) != null))
        .optional();
  }

  /** Why a link cannot be used now (a message key), or empty when it can. */
  public Optional<String> problem(String token) {
    Optional<Pending> pending = find(token);
    if (pending.isEmpty()) return Optional.of("e.submission.unknown");
    if (pending.get().used()) return Optional.of("e.submission.used");
    if (!pending.get().expiresAt().isAfter(clock.instant())) {
      return Optional.of("e.submission.expired");
    }
    return Optional.empty();
  }

  /**
   * Uses a link: marks it used (once, even when two requests race), calls the module's handler and
   * remembers in the session that this browser confirmed the item.
   *
   * @return the site-relative path the handler names
   * @throws BusinessException when the link is unknown, used or expired, or the handler refuses
   */
  @Transactional
  public String confirm(String token, HttpSession session) {
    Optional<String> problem = problem(token);
    if (problem.isPresent()) throw new BusinessException(problem.get());
    String hash = hash(token);
    int claimed =
        jdbc.sql(
                """
                UPDATE submission_confirmation SET confirmed_at = :now
                WHERE token_hash = :hash AND confirmed_at IS NULL AND expires_at > :now""")
            .param("now", at(clock.instant()))
            .param("hash", hash)
            .update();
    if (claimed != 1) throw new BusinessException("e.submission.used");
    record Item(String type, long id) {}
    Item item =
        jdbc.sql(
                "SELECT content_type, content_id FROM submission_confirmation WHERE token_hash = :hash")
            .param("hash", hash)
            .query((rs, n) -> new Item(rs.getString(1), rs.getLong(2)))
            .single();
    SubmissionHandler handler = handlers.get(item.type());
    if (handler == null) throw new BusinessException("e.submission.unknown");
    String next = handler.confirmed(item.id());
    remember(session, item.type(), item.id());
    return next;
  }

  /** Whether this browser session confirmed the item (for the pages that follow a confirmation). */
  public boolean confirmedInSession(HttpSession session, String contentType, long id) {
    return session != null
        && session.getAttribute(SESSION_KEY) instanceof Set<?> set
        && set.contains(contentType + ":" + id);
  }

  /**
   * Deletes links that expired more than {@code age} ago or were used that long ago.
   *
   * @return how many were deleted
   */
  @Transactional
  public int deleteOlderThan(Duration age) {
    OffsetDateTime before = at(clock.instant().minus(age));
    return jdbc.sql(
            """
            DELETE FROM submission_confirmation
            WHERE expires_at < :before OR confirmed_at < :before""")
        .param("before", before)
        .update();
  }

  private static void remember(HttpSession session, String type, long id) {
    if (session == null) return;
    Set<String> set = new HashSet<>();
    if (session.getAttribute(SESSION_KEY) instanceof Set<?> old) {
      old.forEach(o -> set.add(String.valueOf(o)));
    }
    set.add(type + ":" + id);
    session.setAttribute(SESSION_KEY, set);
  }

  private static String shorten(String title) {
    String t = title == null ? "" : title.strip().replaceAll("[\\p{Cntrl}]", " ");
    return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1) + "…";
  }

  private static boolean plausible(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A link as its page shows it. */
  public record Pending(String title, Site site, Instant expiresAt, boolean used) {}
}
