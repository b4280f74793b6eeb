package jp.yamaguchi.katsudo.home;

import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsFeed;
import jp.yamaguchi.katsudo.news.NewsKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** HOME of Supernet and of Aikasanet. */
@Controller
class HomeController {

  /** Supernet HOME shows the 5 newest お知らせ and センターからのお知らせ. */
  static final int SUPERNET_NEWS = 5;

  /** Aikasanet HOME shows the 7 newest お知らせ. */
  static final int AIKASANET_NEWS = 7;

  private final NewsFeed news;

  HomeController(NewsFeed news) {
    this.news = news;
  }

  @GetMapping("/")
  String supernet(Model model) {
    model.addAttribute("news", news.latest(Site.SUPERNET, NewsKind.NEWS, SUPERNET_NEWS));
    model.addAttribute("newsPath", news.listPath(Site.SUPERNET, NewsKind.NEWS));
    model.addAttribute(
        "centerNews", news.latest(Site.SUPERNET, NewsKind.CENTER_NEWS, SUPERNET_NEWS));
    model.addAttribute("centerNewsPath", news.listPath(Site.SUPERNET, NewsKind.CENTER_NEWS));
    return "home/supernet";
  }

  @GetMapping({"/aikasanet", "/aikasanet/"})
  String aikasanet(Model model) {
    model.addAttribute("news", news.latest(Site.AIKASANET, NewsKind.NEWS, AIKASANET_NEWS));
    model.addAttribute("newsPath", news.listPath(Site.AIKASANET, NewsKind.NEWS));
    return "home/aikasanet";
  }
}
