package jp.yamaguchi.katsudo.account;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.yamaguchi.katsudo.account.domain.MemberAccount;
import jp.yamaguchi.katsudo.account.domain.MemberAccountRepository;
import jp.yamaguchi.katsudo.account.domain.StaffAccount;
import jp.yamaguchi.katsudo.account.domain.StaffAccountRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The name staff read for an actor id recorded on content, reviews, revisions and the audit log
 * (who created, changed, published): a staff login ID becomes that staff member's display name,
 * {@code member:<id>} the member's display name, and the system actors a Japanese word (「一般の投稿者」
 * for {@code public}, 「システム」, 「デモデータ」). An id that names nobody known (a deleted staff account, a
 * name from the old system) is shown as recorded. Templates call {@code ${@actorNames.of(x)}}; the
 * names of one page are looked up once per request.
 */
@Component("actorNames")
public class ActorNames {

  private static final String MEMO = ActorNames.class.getName() + ".memo";
  private static final Map<String, String> SYSTEM_ACTORS =
      Map.of(
          "public", "actor.public",
          "system", "actor.system",
          "demo", "actor.demo",
          "anonymousUser", "actor.public");

  private final StaffAccountRepository staff;
  private final MemberAccountRepository members;
  private final MessageSource messages;

  ActorNames(
      StaffAccountRepository staff, MemberAccountRepository members, MessageSource messages) {
    this.staff = staff;
    this.members = members;
    this.messages = messages;
  }

  /** The readable name of {@code actor}; empty for none. */
  @Transactional(readOnly = true)
  public String of(String actor) {
    if (actor == null || actor.isBlank()) return "";
    Map<String, String> memo = memo();
    if (memo == null) return lookUp(actor);
    return memo.computeIfAbsent(actor, this::lookUp);
  }

  private String lookUp(String actor) {
    String system = SYSTEM_ACTORS.get(actor);
    if (system != null) return message(system);
    if (actor.startsWith("member:")) return member(actor.substring("member:".length()), actor);
    String login = actor.startsWith("staff:") ? actor.substring("staff:".length()) : actor;
    return staff.findByUsername(login).map(ActorNames::staffName).orElse(actor);
  }

  private static String staffName(StaffAccount a) {
    String name = a.getDisplayName();
    return name == null || name.isBlank() ? a.getUsername() : name;
  }

  private String member(String id, String actor) {
    long memberId;
    try {
      memberId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return actor;
    }
    return members
        .findById(memberId)
        .map(
            m ->
                m.getStatus() == MemberStatus.DELETED || blank(m)
                    ? message("actor.member.deleted")
                    : message("actor.member", m.getDisplayName()))
        .orElseGet(() -> message("actor.member.deleted"));
  }

  private static boolean blank(MemberAccount m) {
    return m.getDisplayName() == null || m.getDisplayName().isBlank();
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, Locale.JAPANESE);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> memo() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) return null;
    Object memo = request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
    if (memo == null) {
      memo = new HashMap<String, String>();
      request.setAttribute(MEMO, memo, RequestAttributes.SCOPE_REQUEST);
    }
    return (Map<String, String>) memo;
  }
}
