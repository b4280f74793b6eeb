package jp.yamaguchi.katsudo.page.web;

import jakarta.servlet.http.HttpServletRequest;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.page.PageView;
import jp.yamaguchi.katsudo.page.Pages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Fixed pages at their paths on both sites. The patterns accept only page-like paths (lowercase
 * ASCII segments without dots), and every other controller's mapping is more specific, so static
 * files, media, the admin, error pages and other modules' screens are never shadowed. A path with
 * no published page is a {@link NotFoundException}: the 404 handler then tries the old-URL
 * redirects.
 */
@Controller
class PublicPageController {

  private static final String S = "[a-z0-9][a-z0-9-]*";
  private static final String P1 = "/{s1:" + S + "}";
  private static final String P2 = P1 + "/{s2:" + S + "}";
  private static final String P3 = P2 + "/{s3:" + S + "}";
  private static final String P4 = P3 + "/{s4:" + S + "}";
  private static final String P5 = P4 + "/{s5:" + S + "}";
  private static final String P6 = P5 + "/{s6:" + S + "}";

  private final Pages pages;
  private final PageRendering rendering;

  PublicPageController(Pages pages, PageRendering rendering) {
    this.pages = pages;
    this.rendering = rendering;
  }

  @GetMapping({P1, P2, P3, P4, P5, P6})
  String show(HttpServletRequest request, Model model) {
    String uri = request.getRequestURI();
    Site site = Site.ofPath(uri);
    PageView view = find(site, uri);
    rendering.fill(model, view);
    return "page/show";
  }

  /** {@code /center/} → {@code /center} for a page (old links often end with a slash). */
  @GetMapping({P1 + "/", P2 + "/", P3 + "/", P4 + "/", P5 + "/", P6 + "/"})
  ResponseEntity<Void> withSlash(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String path = uri.substring(0, uri.length() - 1);
    PageView view = find(Site.ofPath(path), path);
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .header(HttpHeaders.LOCATION, view.href())
        .build();
  }

  private PageView find(Site site, String uri) {
    if (!uri.startsWith(site.basePath())) throw new NotFoundException(uri);
    String relative = uri.substring(site.basePath().length());
    return pages.published(site, relative).orElseThrow(() -> new NotFoundException(uri));
  }
}
