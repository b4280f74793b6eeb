package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.terms.Terms;
import jp.yamaguchi.katsudo.core.terms.TermsKind;
import jp.yamaguchi.katsudo.core.terms.TermsText;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public terms pages: the version of each site's terms that applies today. */
@Controller
class TermsPageController {

  private final Terms terms;

  TermsPageController(Terms terms) {
    this.terms = terms;
  }

  @GetMapping({"/terms", "/aikasanet/terms"})
  String show(HttpServletRequest request, Model model) {
    Site site = Site.ofPath(request.getRequestURI());
    TermsKind kind = TermsKind.of(site);
    TermsText text = terms.current(kind).orElseThrow(() -> new NotFoundException("terms " + kind));
    model.addAttribute("terms", text);
    model.addAttribute("breadcrumbs", List.<Crumb>of());
    return "siteadmin/terms/public";
  }
}
