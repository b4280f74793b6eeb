package jp.yamaguchi.katsudo.core.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log (別記2 3.5): who did what to whom, when and from which address. Every
 * module records security-relevant actions here. Entries are written in their own transaction, so a
 * failure that rolls back the caller's work (a failed login, say) is still recorded. Personal data
 * in {@code target} and {@code detail} is masked before it is stored; the log offers no way to
 * change or delete an entry except pruning by age.
 */
@Service
public class AuditLog {

  static final int ACTOR_MAX = 200;
  static final int TARGET_MAX = 300;
  static final int DETAIL_MAX = 1000;

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  public AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Records an action by the signed-in user (or "system"), from the current request's address. */
  public void record(AuditAction action, String target, String detail) {
    record(action, RevisionUserListener.currentUser(), target, detail);
  }

  /** Records an action with an explicit actor (e.g. the ID typed at a failed login). */
  public void record(AuditAction action, String actor, String target, String detail) {
    Instant now = clock.instant();
    String ip = currentIp();
    // masked and cut in one step that reads only about twice the stored length of each value, so
    // a megabyte typed as a login ID costs no more than a short one
    String safeActor = AuditMasking.text(actor == null ? "system" : actor, ACTOR_MAX);
    String safeTarget = AuditMasking.text(target, TARGET_MAX);
    String safeDetail = AuditMasking.text(detail, DETAIL_MAX);
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.sql(
                    "INSERT INTO audit_log (occurred_at, action, actor, ip, target, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                    java.sql.Timestamp.from(now),
                    action.name(),
                    safeActor,
                    ip,
                    safeTarget,
                    safeDetail)
                .update());
  }

  /** The client address of the current request, or null outside a request. */
  static String currentIp() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return AuditMasking.cutSafely(request.getRemoteAddr(), 64);
    }
    return null;
  }
}
