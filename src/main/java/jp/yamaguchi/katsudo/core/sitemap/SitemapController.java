package jp.yamaguchi.katsudo.core.sitemap;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.Crumb;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** {@code sitemap.xml}, {@code robots.txt} and the HTML site map page of each site. */
@Controller
public class SitemapController {

  private final List<SitemapContributor> contributors;
  private final KatsudoProperties properties;

  public SitemapController(List<SitemapContributor> contributors, KatsudoProperties properties) {
    this.contributors = contributors;
    this.properties = properties;
  }

  private List<SitemapEntry> all() {
    return contributors.stream()
        .flatMap(SitemapContributor::entries)
        .sorted(Comparator.comparing(SitemapEntry::path))
        .toList();
  }

  @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
  public ResponseEntity<String> xml() {
    var out = new StringBuilder(64 * 1024);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (SitemapEntry e : all()) {
      out.append("  <url><loc>")
          .append(HtmlUtils.htmlEscape(properties.baseUrl() + e.path()))
          .append("</loc>");
      if (e.lastModified() != null) {
        out.append("<lastmod>")
            .append(e.lastModified().format(DateTimeFormatter.ISO_LOCAL_DATE))
            .append("</lastmod>");
      }
      out.append("</url>\n");
    }
    out.append("</urlset>\n");
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
  }

  @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
  public ResponseEntity<String> robots() {
    String body =
        "User-agent: *\n"
            + "Disallow: /admin/\n"
            + "Disallow: /display\n"
            // member login and account pages: nothing to index, and no crawler should post there
            + "Disallow: /login\n"
            + "Disallow: /account/\n"
            + "Disallow: /mypage\n"
            + "Disallow: /aikasanet/login\n"
            + "Disallow: /aikasanet/account/\n"
            + "Disallow: /aikasanet/mypage\n"
            + "\nSitemap: "
            + properties.baseUrl()
            + "/sitemap.xml\n";
    return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
  }

  @GetMapping({"/sitemap", "/aikasanet/sitemap"})
  public String page(Model model, jakarta.servlet.http.HttpServletRequest request) {
    Site site = Site.ofPath(request.getRequestURI());
    Map<String, List<SitemapEntry>> sections =
        all().stream()
            .filter(e -> e.site() == site && e.listed())
            .collect(
                Collectors.groupingBy(SitemapEntry::section, TreeMap::new, Collectors.toList()));
    model.addAttribute("sections", sections);
    model.addAttribute("breadcrumbs", List.<Crumb>of());
    return "sitemap/page";
  }
}
