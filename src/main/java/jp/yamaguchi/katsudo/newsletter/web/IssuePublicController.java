package jp.yamaguchi.katsudo.newsletter.web;

import java.util.List;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.newsletter.domain.Issue;
import jp.yamaguchi.katsudo.newsletter.domain.IssueEditing;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public back numbers: {@code /supportmail} (20 a page, newest first, {@code ?year=} for one
 * year) and {@code /supportmail/{id}}; the old system's URLs {@code /mailmaga/} and {@code
 * /mailmaga/mailmaga<post id>/} answer with a permanent redirect.
 */
@Controller
class IssuePublicController {

  static final String LIST = "/supportmail";

  private final IssueEditing issues;
  private final MessageSource messages;

  IssuePublicController(IssueEditing issues, MessageSource messages) {
    this.issues = issues;
    this.messages = messages;
  }

  @GetMapping(LIST)
  String list(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (year != null && (year < 1900 || year > 9999)) throw new NotFoundException("year " + year);
    if (page < 0) throw new NotFoundException("page " + page);
    Page<Issue> items = issues.published(year, page);
    if (page > 0 && page >= items.getTotalPages()) throw new NotFoundException("page " + page);
    String label = msg("newsletter.public.title");
    model.addAttribute("page", items);
    model.addAttribute("year", year);
    model.addAttribute("years", issues.years());
    model.addAttribute("pageBase", LIST + "?" + (year == null ? "" : "year=" + year + "&"));
    if (year == null) {
      model.addAttribute("heading", label);
    } else {
      model.addAttribute(
          "heading", msg("newsletter.public.yearHeading", label, String.valueOf(year)));
      model.addAttribute("breadcrumbs", List.of(new Crumb(label, LIST)));
    }
    model.addAttribute("metaDescription", msg("newsletter.public.description"));
    return "newsletter/list";
  }

  @GetMapping(LIST + "/{id}")
  String detail(@PathVariable long id, Model model) {
    Issue issue = issues.findPublished(id).orElseThrow(() -> new NotFoundException("issue " + id));
    model.addAttribute("issue", issue);
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("newsletter.public.title"), LIST)));
    model.addAttribute(
        "metaDescription",
        msg("newsletter.public.detailDescription", String.valueOf(issue.getIssueNumber())));
    return "newsletter/detail";
  }

  /** The old list page. */
  @GetMapping({"/mailmaga", "/mailmaga/"})
  ResponseEntity<Void> oldList() {
    return moved(LIST);
  }

  /** An old back-number page, by the old system's post ID. */
  @GetMapping({"/mailmaga/mailmaga{legacyId}", "/mailmaga/mailmaga{legacyId}/"})
  ResponseEntity<Void> oldIssue(@PathVariable String legacyId) {
    if (!legacyId.matches("\\d{1,18}")) throw new NotFoundException("mailmaga " + legacyId);
    Issue issue =
        issues
            .findPublishedByLegacyId(Long.parseLong(legacyId))
            .orElseThrow(() -> new NotFoundException("mailmaga " + legacyId));
    return moved(issue.publicPath());
  }

  private static ResponseEntity<Void> moved(String path) {
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .header(HttpHeaders.LOCATION, path)
        .build();
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
