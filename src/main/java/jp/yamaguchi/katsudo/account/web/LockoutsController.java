package jp.yamaguchi.katsudo.account.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import jp.yamaguchi.katsudo.account.security.LoginLockout;
import jp.yamaguchi.katsudo.core.audit.AuditMasking;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ログインのロック (管理者 only): the login IDs that are locked or have recent failures, and lifting a lock.
 * IDs that look like mail addresses are shown masked; a row is addressed by a hash of its key, so
 * no ID appears in a URL or a form either.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class LockoutsController {

  static final String BASE = "/admin/settings/lockouts";

  /** A row of the list: what the admin sees, and the reference for the unlock buttons. */
  record Row(
      String ref,
      String realm,
      String maskedId,
      int failures,
      Instant firstFailureAt,
      Instant lockedUntil,
      boolean locked) {}

  private final LoginLockout lockout;
  private final MessageSource messages;

  LockoutsController(LoginLockout lockout, MessageSource messages) {
    this.lockout = lockout;
    this.messages = messages;
  }

  @GetMapping(BASE)
  String list(Model model) {
    model.addAttribute("rows", lockout.current().stream().map(LockoutsController::row).toList());
    model.addAttribute("settings", lockout.settings());
    return "account/security/lockouts";
  }

  @GetMapping(BASE + "/{ref}/unlock")
  String confirm(@PathVariable("ref") String ref, Model model) {
    model.addAttribute("row", row(find(ref)));
    return "account/security/unlock";
  }

  @PostMapping(BASE + "/{ref}/unlock")
  String unlock(@PathVariable("ref") String ref, RedirectAttributes redirect) {
    LoginLockout.Entry entry = find(ref);
    lockout.unlock(entry.key());
    redirect.addFlashAttribute(
        "success",
        messages.getMessage(
            "security.lockouts.unlocked",
            new Object[] {row(entry).maskedId()},
            LocaleContextHolder.getLocale()));
    return "redirect:" + BASE;
  }

  private LoginLockout.Entry find(String ref) {
    List<LoginLockout.Entry> entries = lockout.current();
    return entries.stream()
        .filter(e -> ref(e.key()).equals(ref))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("lockout " + ref));
  }

  static Row row(LoginLockout.Entry e) {
    int colon = e.key().indexOf(':');
    String realm = colon < 0 ? "" : e.key().substring(0, colon);
    String id = colon < 0 ? e.key() : e.key().substring(colon + 1);
    return new Row(
        ref(e.key()),
        realm,
        AuditMasking.text(id),
        e.failures(),
        e.firstFailureAt(),
        e.lockedUntil(),
        e.locked());
  }

  /** A stable, opaque reference to a lockout key (SHA-256, hex, first 32 digits). */
  static String ref(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
