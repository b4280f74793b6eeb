package jp.yamaguchi.katsudo.news.web;

import java.util.List;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.news.domain.PublishedNews;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The public news pages: Supernet {@code /news} and {@code /center-news}, Aikasanet {@code
 * /aikasanet/news}; each a list (20 a page, newest first, {@code ?year=} for one year) and the
 * detail pages. Only published items of the page's site and kind are shown; anything else is a 404.
 */
@Controller
class NewsPublicController {

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 9999;
  private static final int DESCRIPTION_LENGTH = 120;

  private final PublishedNews published;
  private final MessageSource messages;

  NewsPublicController(PublishedNews published, MessageSource messages) {
    this.published = published;
    this.messages = messages;
  }

  @GetMapping("/news")
  String supernetNews(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return list(Site.SUPERNET, NewsKind.NEWS, year, page, model);
  }

  @GetMapping("/center-news")
  String centerNews(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return list(Site.SUPERNET, NewsKind.CENTER_NEWS, year, page, model);
  }

  @GetMapping("/aikasanet/news")
  String aikasanetNews(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return list(Site.AIKASANET, NewsKind.NEWS, year, page, model);
  }

  @GetMapping("/news/{id}")
  String supernetNewsItem(@PathVariable long id, Model model) {
    return detail(Site.SUPERNET, NewsKind.NEWS, id, model);
  }

  @GetMapping("/center-news/{id}")
  String centerNewsItem(@PathVariable long id, Model model) {
    return detail(Site.SUPERNET, NewsKind.CENTER_NEWS, id, model);
  }

  @GetMapping("/aikasanet/news/{id}")
  String aikasanetNewsItem(@PathVariable long id, Model model) {
    return detail(Site.AIKASANET, NewsKind.NEWS, id, model);
  }

  private String list(Site site, NewsKind kind, Integer year, int page, Model model) {
    if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
      throw new NotFoundException("news year " + year);
    }
    if (page < 0) throw new NotFoundException("news page " + page);
    String label = msg(kind.messageKey());
    String listPath = kind.listPath(site);
    model.addAttribute("kindLabel", label);
    model.addAttribute("listPath", listPath);
    model.addAttribute("year", year);
    model.addAttribute("years", published.years(site, kind));
    var items = published.page(site, kind, year, page);
    if (page > 0 && page >= items.getTotalPages()) throw new NotFoundException("news page " + page);
    model.addAttribute("page", items);
    model.addAttribute("pageBase", listPath + "?" + (year == null ? "" : "year=" + year + "&"));
    if (year == null) {
      model.addAttribute("heading", label);
      model.addAttribute("breadcrumbs", List.<Crumb>of());
    } else {
      model.addAttribute("heading", msg("news.public.yearHeading", label, String.valueOf(year)));
      model.addAttribute("breadcrumbs", List.of(new Crumb(label, listPath)));
    }
    model.addAttribute(
        "metaDescription",
        msg("news.public.listDescription", msg("site." + site.key() + ".name"), label));
    return "news/list";
  }

  private String detail(Site site, NewsKind kind, long id, Model model) {
    NewsItem item =
        published.find(site, kind, id).orElseThrow(() -> new NotFoundException("news " + id));
    String label = msg(kind.messageKey());
    model.addAttribute("item", item);
    model.addAttribute("listTitle", label);
    model.addAttribute("breadcrumbs", List.of(new Crumb(label, kind.listPath(site))));
    model.addAttribute("metaDescription", description(item.getBody()));
    return "news/detail";
  }

  static String description(String html) {
    String text =
        HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
    return text.length() <= DESCRIPTION_LENGTH
        ? text
        : text.substring(0, DESCRIPTION_LENGTH - 1) + "…";
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
