package jp.yamaguchi.katsudo.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.abuse.FormGuard;
import jp.yamaguchi.katsudo.core.abuse.Limit;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests.FieldChange;
import jp.yamaguchi.katsudo.directory.domain.DirectoryContent;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFinder;
import jp.yamaguchi.katsudo.directory.domain.DirectorySearch;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修正依頼 from the public: find one's entry ({@code /directory/changes}), the form filled with the
 * live values (H1's {@link DirectoryForm} and {@code directory/form-fields}), 確認 → 送信 with 戻る
 * keeping every value (the form lives in the session under a key per entry; uploads are stored at
 * the first POST and kept as media ids), then either a confirmation mail to the entry's registered
 * 登録担当者 address or, for the logged-in member owning the entry, acceptance at once. The entry does
 * not change here: staff approve the request first.
 */
@Controller
class ChangeRequestController {

  static final String SEARCH = "/directory/changes";
  static final String SENT = "/directory/changes/sent";
  static final String THANKS = "/directory/changes/thanks";
  static final String GUARD = "directory-change";
  static final int SEARCH_SIZE = 30;

  /** The fields in form order, for the error summary. */
  static final List<String> FIELD_ORDER =
      List.of(
          "classification",
          "name",
          "nameKana",
          "representativeName",
          "minorsNoticeAgreed",
          "representativeTitle",
          "contactName",
          "contactTitle",
          "activityFields",
          "targetArea",
          "targetMunicipalities",
          "purpose",
          "activities",
          "csrActivities",
          "collaboration",
          "appeal",
          "mainOffice",
          "branchOffice",
          "postalCode",
          "prefecture",
          "municipality",
          "address",
          "phone",
          "fax",
          "email",
          "established",
          "budgetRange",
          "memberCount",
          "membershipFee",
          "membershipQualification",
          "activitySchedule",
          "url1",
          "url1Description",
          "url2",
          "url2Description",
          "url3",
          "url3Description",
          "upload1",
          "upload2",
          "upload3",
          "features",
          "registrantName",
          "registrantTitle",
          "registrantPhone",
          "registrantEmail",
          "requirements",
          "note");

  private final DirectoryEntries entries;
  private final DirectoryFinder finder;
  private final ChangeRequests changes;
  private final DirectoryFormSupport support;
  private final DirectoryFormValidator validator;
  private final FormGuard guard;
  private final MessageSource messages;

  ChangeRequestController(
      DirectoryEntries entries,
      DirectoryFinder finder,
      ChangeRequests changes,
      DirectoryFormSupport support,
      DirectoryFormValidator validator,
      FormGuard guard,
      MessageSource messages) {
    this.entries = entries;
    this.finder = finder;
    this.changes = changes;
    this.support = support;
    this.validator = validator;
    this.guard = guard;
    this.messages = messages;
  }

  /** The files of the latest attempt at the change form of entry {@code id}, valid or not. */
  static String filesKey(long id) {
    return sessionKey(id) + ".files";
  }

  static String sessionKey(long id) {
    return "directory.change." + id;
  }

  @GetMapping(SEARCH)
  String search(@RequestParam(required = false) String q, Model model) {
    String words = q == null ? "" : q.strip();
    if (words.length() > DirectorySearchForm.WORDS_MAX) {
      words = words.substring(0, DirectorySearchForm.WORDS_MAX);
    }
    model.addAttribute("q", words);
    if (!words.isEmpty()) {
      var found =
          finder.search(
              new DirectorySearch(
                  words, null, null, null, null, null, null, null, ReviewState.PUBLISHED),
              PageRequest.of(0, SEARCH_SIZE));
      model.addAttribute("results", found.getContent());
      model.addAttribute("total", found.getTotalElements());
    }
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("dirpages.list.title"), "/directory")));
    return "directory/changes/search";
  }

  @GetMapping("/directory/{id:[0-9]+}/change")
  String form(@PathVariable long id, HttpSession session, Model model) {
    DirectoryEntry entry = published(id);
    ChangeRequestForm form = stored(session, id);
    if (form == null) {
      form = ChangeRequestForm.of(DirectoryForm.from(entry));
      form.setVersion(entry.getVersion());
    }
    return showForm(entry, form, model);
  }

  @PostMapping("/directory/{id:[0-9]+}/change")
  String post(
      @PathVariable long id,
      @ModelAttribute("form") ChangeRequestForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpSession session,
      Model model) {
    DirectoryEntry entry = published(id);
    // what the form may not change comes from the live entry, never from the request
    form.setKind(entry.getKind());
    form.setStatus(entry.getStatus());
    boolean owner = changes.owningMember(entry.getId()).isPresent();
    if (!owner) keepRegistrant(form, entry);
    // so are the attached files: the ones of the earlier POST (kept in the session) or the entry's;
    // a media id in the request is ignored, so nobody attaches a file they did not upload
    DirectoryForm base = stored(session, id);
    if (base == null) base = DirectoryForm.from(entry);
    form.setVersion(base.getVersion());
    // files uploaded with an earlier attempt that had errors stay attached (kept apart, so an
    // unchecked form never reaches the session's confirmable form)
    Long[] kept = session.getAttribute(filesKey(id)) instanceof Long[] k ? k : null;
    for (int slot = 1; slot <= DirectoryForm.SLOTS; slot++) {
      form.setFileMediaId(slot, kept != null ? kept[slot - 1] : base.fileMediaId(slot));
    }
    if (!guard.passes(
        request,
        response,
        result,
        GUARD,
        Limit.perClient(GUARD, 10, Duration.ofHours(1)),
        Limit.perTarget(GUARD + "-entry", String.valueOf(id), 5, Duration.ofHours(1)))) {
      return showForm(entry, form, model);
    }
    support.applyFiles(form, result);
    Long[] files = new Long[DirectoryForm.SLOTS];
    for (int slot = 1; slot <= DirectoryForm.SLOTS; slot++)
      files[slot - 1] = form.fileMediaId(slot);
    session.setAttribute(filesKey(id), files);
    validator.validate(form, result, true);
    if (form.getNote() != null && form.getNote().strip().length() > ChangeRequests.NOTE_MAX) {
      result.rejectValue("note", "dirpages.changes.e.note");
    }
    if (result.hasErrors()) {
      FormErrors.order(result, model, FIELD_ORDER);
      return showForm(entry, form, model);
    }
    session.setAttribute(sessionKey(id), form);
    return "redirect:/directory/" + id + "/change/confirm";
  }

  @GetMapping("/directory/{id:[0-9]+}/change/confirm")
  String confirm(
      @PathVariable long id, HttpSession session, Model model, RedirectAttributes redirect) {
    DirectoryEntry entry = published(id);
    ChangeRequestForm form = stored(session, id);
    if (form == null) {
      redirect.addFlashAttribute("error", msg("dirpages.changes.e.expired"));
      return "redirect:/directory/" + id + "/change";
    }
    return showConfirm(entry, form, model, null);
  }

  @PostMapping("/directory/{id:[0-9]+}/change/confirm")
  String send(
      @PathVariable long id, HttpSession session, Model model, RedirectAttributes redirect) {
    DirectoryEntry entry = published(id);
    ChangeRequestForm form = stored(session, id);
    if (form == null) {
      redirect.addFlashAttribute("error", msg("dirpages.changes.e.expired"));
      return "redirect:/directory/" + id + "/change";
    }
    ChangeRequests.Submitted sent;
    try {
      sent = changes.submit(id, form.toContent(), form.getVersion(), form.getNote());
    } catch (BusinessException e) {
      return showConfirm(entry, form, model, msg(e.messageId()));
    }
    session.removeAttribute(sessionKey(id));
    session.removeAttribute(filesKey(id));
    return "redirect:" + (sent.mailed() ? SENT : THANKS);
  }

  @GetMapping(SENT)
  String sent(Model model) {
    model.addAttribute("heading", msg("dirpages.changes.sent.title"));
    model.addAttribute("body", msg("dirpages.changes.sent.body"));
    return "directory/changes/done";
  }

  @GetMapping(THANKS)
  String thanks(Model model) {
    model.addAttribute("heading", msg("dirpages.changes.thanks.title"));
    model.addAttribute("body", msg("dirpages.changes.thanks.body"));
    return "directory/changes/done";
  }

  /**
   * The private 登録担当者 fields are neither shown to nor taken from anyone but the owning member: the
   * live values stand in for them, so the form validates and the request keeps them.
   */
  private static void keepRegistrant(ChangeRequestForm form, DirectoryEntry entry) {
    DirectoryForm live = DirectoryForm.from(entry);
    form.setRegistrantName(live.getRegistrantName());
    form.setRegistrantTitle(live.getRegistrantTitle());
    form.setRegistrantPhone(live.getRegistrantPhone());
    form.setRegistrantEmail(live.getRegistrantEmail());
  }

  private String showForm(DirectoryEntry entry, ChangeRequestForm form, Model model) {
    // the form-fields fragment leaves the 登録担当者 section out; no value of it is in the page
    model.addAttribute("hideRegistrant", changes.owningMember(entry.getId()).isEmpty());
    model.addAttribute("form", form);
    model.addAttribute("entry", entry);
    model.addAttribute("member", changes.owningMember(entry.getId()).isPresent());
    model.addAttribute("pending", !changes.pendingOf(entry.getId()).isEmpty());
    support.addOptions(model, form);
    model.addAttribute("breadcrumbs", crumbs(entry));
    return "directory/changes/form";
  }

  private String showConfirm(
      DirectoryEntry entry, ChangeRequestForm form, Model model, String error) {
    DirectoryContent proposed = form.toContent();
    List<FieldChange> rows = changes.compare(entry.content(), proposed);
    List<FieldChange> shown = new ArrayList<>();
    boolean owner = changes.owningMember(entry.getId()).isPresent();
    for (FieldChange r : rows) {
      if (r.registrant() && !owner) continue;
      if (!r.after().isEmpty() || r.changed()) shown.add(r);
    }
    model.addAttribute("entry", entry);
    model.addAttribute("form", form);
    model.addAttribute("rows", shown);
    model.addAttribute("anyChange", rows.stream().anyMatch(FieldChange::changed));
    model.addAttribute("member", changes.owningMember(entry.getId()).isPresent());
    model.addAttribute("error", error);
    model.addAttribute("breadcrumbs", crumbs(entry));
    return "directory/changes/confirm";
  }

  private static List<Crumb> crumbs(DirectoryEntry entry) {
    return List.of(new Crumb(entry.getName(), DirectoryEntries.detailPath(entry.getId())));
  }

  private static ChangeRequestForm stored(HttpSession session, long id) {
    return session.getAttribute(sessionKey(id)) instanceof ChangeRequestForm f ? f : null;
  }

  private DirectoryEntry published(long id) {
    DirectoryEntry e = entries.get(id);
    if (!e.isPublic()) throw new NotFoundException("directory " + id);
    return e;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
