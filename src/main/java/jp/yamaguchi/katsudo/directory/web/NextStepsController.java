package jp.yamaguchi.katsudo.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.NewMember;
import jp.yamaguchi.katsudo.account.NewOrganisation;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.submission.SubmissionConfirmations;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.PageCacheFilter;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page after a registrant confirmed their mail address ({@code /directory/register/done/{id}}):
 * it offers (a) a member login for the registered organisation — or, for a member already logged
 * in, linking the entry to their organisation — so the entry can be edited later, and (b) the
 * invitation to Aikasanet, which hands the shared values over to Aikasanet's registration with a
 * signed, expiring token. Only the browser that confirmed the registration (core.submission's
 * session record) sees the page or may act on it.
 */
@Controller
class NextStepsController {

  static final String DONE = RegistrationController.BASE + "/done/";

  /** Where Aikasanet's registration takes the hand-over ({@code from} = the token). */
  static final String AIKASANET_REGISTER = "/aikasanet/register";

  /** Message-ID prefixes of the account service and the offer form's fields. */
  static final Map<String, String> FIELDS =
      Map.of(
          "e.password", "password",
          "e.member.loginId", "loginId",
          "e.member.email", "email");

  private final DirectoryEntries entries;
  private final SubmissionConfirmations confirmations;
  private final MemberAccounts members;
  private final MessageSource messages;

  NextStepsController(
      DirectoryEntries entries,
      SubmissionConfirmations confirmations,
      MemberAccounts members,
      MessageSource messages) {
    this.entries = entries;
    this.confirmations = confirmations;
    this.members = members;
    this.messages = messages;
  }

  @ModelAttribute
  void noStore(HttpServletRequest request, HttpServletResponse response) {
    request.setAttribute(PageCacheFilter.NO_STORE, Boolean.TRUE);
    response.setHeader("Cache-Control", "no-store");
  }

  @GetMapping(DONE + "{id}")
  String page(@PathVariable long id, HttpSession session, Model model) {
    Optional<DirectoryEntry> entry = confirmedEntry(session, id);
    if (entry.isEmpty()) return "redirect:" + RegistrationController.BASE;
    AccountOfferForm form = new AccountOfferForm();
    form.setEmail(entry.get().getRegistrantEmail());
    model.addAttribute("accountForm", form);
    return show(entry.get(), model);
  }

  /** A logged-in organisation member takes the entry over to their organisation. */
  @PostMapping(DONE + "{id}/link")
  String link(@PathVariable long id, HttpSession session, RedirectAttributes redirect) {
    Optional<DirectoryEntry> entry = confirmedEntry(session, id);
    if (entry.isEmpty()) return "redirect:" + RegistrationController.BASE;
    Optional<MemberRef> member = members.currentMember();
    if (member.isEmpty() || !canLink(member.get(), entry.get())) {
      redirect.addFlashAttribute("error", msg("e.directory.next.link"));
      return "redirect:" + DONE + id;
    }
    entries.moveToOrganisation(id, member.get().organisationId(), "member:" + member.get().id());
    redirect.addFlashAttribute("success", msg("directory.next.linked"));
    return "redirect:" + DONE + id;
  }

  /** A new member login acting for the registered organisation (confirmed by its own mail). */
  @PostMapping(DONE + "{id}/account")
  String account(
      @PathVariable long id,
      @ModelAttribute("accountForm") AccountOfferForm form,
      BindingResult result,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Optional<DirectoryEntry> found = confirmedEntry(session, id);
    if (found.isEmpty()) return "redirect:" + RegistrationController.BASE;
    DirectoryEntry e = found.get();
    MemberKind kind =
        e.getKind() == OrganisationKind.COMPANY ? MemberKind.COMPANY : MemberKind.GROUP;
    try {
      members.registerForOrganisation(
          new NewMember(
              form.getLoginId(),
              form.getEmail(),
              form.getPassword(),
              kind,
              null,
              null,
              new NewOrganisation(
                  e.getKind(),
                  e.getName(),
                  e.getNameKana(),
                  e.getRegistrantName(),
                  e.getRegistrantPhone(),
                  e.getRegistrantEmail())),
          e.getOrganisationId(),
          Site.SUPERNET);
    } catch (BusinessException ex) {
      FormErrors.reject(result, ex, FIELDS);
      form.setPassword(null);
      return show(e, model);
    }
    redirect.addFlashAttribute("success", msg("directory.next.accountSent"));
    return "redirect:" + DONE + id;
  }

  /** 「あいかさねっとにも登録する」: hands the shared values over to Aikasanet's registration. */
  @PostMapping(DONE + "{id}/aikasanet")
  String aikasanet(@PathVariable long id, HttpSession session) {
    Optional<DirectoryEntry> entry = confirmedEntry(session, id);
    if (entry.isEmpty()) return "redirect:" + RegistrationController.BASE;
    String token = entries.handoverToken(entry.get().getOrganisationId());
    return "redirect:"
        + AIKASANET_REGISTER
        + "?from="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private String show(DirectoryEntry e, Model model) {
    Optional<MemberRef> member = members.currentMember();
    model.addAttribute("entry", e);
    model.addAttribute("member", member.orElse(null));
    model.addAttribute("canLink", member.isPresent() && canLink(member.get(), e));
    model.addAttribute(
        "linked",
        member.isPresent()
            && java.util.Objects.equals(member.get().organisationId(), e.getOrganisationId()));
    model.addAttribute(
        "breadcrumbs",
        List.of(new Crumb(msg("directory.register.title"), RegistrationController.BASE)));
    return "directory/register/done";
  }

  private static boolean canLink(MemberRef m, DirectoryEntry e) {
    return m.active()
        && m.organisationId() != null
        && !m.organisationId().equals(e.getOrganisationId())
        && m.kind().fits(e.getKind());
  }

  private Optional<DirectoryEntry> confirmedEntry(HttpSession session, long id) {
    if (!confirmations.confirmedInSession(session, DirectoryEntry.CONTENT_TYPE, id)) {
      return Optional.empty();
    }
    return entries.find(id);
  }

  private String msg(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
