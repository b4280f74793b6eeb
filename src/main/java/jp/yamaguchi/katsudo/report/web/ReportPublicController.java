package jp.yamaguchi.katsudo.report.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.report.RelatedGroupLinks;
import jp.yamaguchi.katsudo.report.domain.ActivityReport;
import jp.yamaguchi.katsudo.report.domain.ReportEditing;
import jp.yamaguchi.katsudo.report.domain.ReportSearch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public pages of 活動実績・事例: the list {@code /reports} with a keyword and date search (newest
 * activity first) and the detail {@code /reports/{id}} with photos and related groups. Only
 * published reports are shown; anything else is a 404.
 */
@Controller
class ReportPublicController {

  private final ReportEditing editing;
  private final ReportPhotos photos;
  private final ObjectProvider<RelatedGroupLinks> links;
  private final MessageSource messages;

  ReportPublicController(
      ReportEditing editing,
      ReportPhotos photos,
      ObjectProvider<RelatedGroupLinks> links,
      MessageSource messages) {
    this.editing = editing;
    this.photos = photos;
    this.links = links;
    this.messages = messages;
  }

  @GetMapping("/reports")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (page < 0) throw new NotFoundException("report page");
    var found = editing.search(ReportSearch.published(q, from, to), page);
    if (page > 0 && page >= found.getTotalPages()) throw new NotFoundException("report page");
    var base = UriComponentsBuilder.fromPath("/reports");
    if (q != null && !q.isBlank()) base.queryParam("q", q.strip());
    if (from != null) base.queryParam("from", from);
    if (to != null) base.queryParam("to", to);
    String url = base.encode().toUriString();
    model.addAttribute("page", found);
    model.addAttribute("pageBase", url + (url.contains("?") ? "&" : "?"));
    model.addAttribute("q", q);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("searched", (q != null && !q.isBlank()) || from != null || to != null);
    model.addAttribute(
        "covers",
        photos.firstOf(found.getContent().stream().map(ActivityReport::getPhotoIdList).toList()));
    model.addAttribute("breadcrumbs", List.<Crumb>of());
    model.addAttribute("metaDescription", msg("report.public.description"));
    return "report/list";
  }

  @GetMapping("/reports/{id:\\d+}")
  String detail(@PathVariable long id, Model model) {
    ActivityReport report =
        editing.findPublished(id).orElseThrow(() -> new NotFoundException("report " + id));
    model.addAttribute("item", report);
    model.addAttribute("photos", photos.of(report.getPhotoIdList()));
    model.addAttribute("groupLinks", groupLinks(report));
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("report.public.title"), "/reports")));
    model.addAttribute(
        "metaDescription",
        msg("report.public.detailDescription", report.getOrgName(), report.getTitle()));
    return "report/detail";
  }

  /** Links to the directory entries of the related groups, when the directory provides them. */
  private List<RelatedGroupLinks.Link> groupLinks(ActivityReport report) {
    RelatedGroupLinks hook = links.getIfAvailable();
    if (hook == null) return List.of();
    List<RelatedGroupLinks.Link> found = new ArrayList<>();
    for (long id : report.getRelatedOrgIdList()) hook.link(id).ifPresent(found::add);
    return found;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
