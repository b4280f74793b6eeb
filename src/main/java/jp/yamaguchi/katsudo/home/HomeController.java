package jp.yamaguchi.katsudo.home;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.facility.FacilityCalendar;
import jp.yamaguchi.katsudo.home.domain.HomeBanner;
import jp.yamaguchi.katsudo.home.domain.HomeEditing;
import jp.yamaguchi.katsudo.home.domain.HomeSetting;
import jp.yamaguchi.katsudo.home.domain.SlotMode;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.news.NewsFeed;
import jp.yamaguchi.katsudo.news.NewsKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * HOME of Supernet and of Aikasanet. Supernet's HOME gathers the newest items of the other modules
 * ({@link HomeContributor}: a section nobody fills is left out), the variable slot staff choose,
 * and the banners. Anonymous visitors get it from the page cache; a miss costs about a dozen short
 * queries.
 */
@Controller
class HomeController {

  /** Supernet HOME shows the 5 newest お知らせ and センターからのお知らせ. */
  static final int SUPERNET_NEWS = 5;

  /** Aikasanet HOME shows the 7 newest お知らせ. */
  static final int AIKASANET_NEWS = 7;

  /** How many items each section shows. */
  static final Map<HomeSection, Integer> LIMITS =
      Map.of(HomeSection.GROUPS, 5, HomeSection.RECRUITMENTS, 3, HomeSection.GRANTS, 3);

  /** One filled section of Supernet's HOME. */
  record SectionView(String id, String titleKey, List<HomeEntry> entries, String listPath) {}

  /** A banner with its image. */
  record BannerView(HomeBanner banner, MediaInfo image) {}

  private final NewsFeed news;
  private final ObjectProvider<HomeContributor> contributors;
  private final HomeEditing home;
  private final FacilityCalendar calendar;
  private final MediaLibrary media;

  HomeController(
      NewsFeed news,
      ObjectProvider<HomeContributor> contributors,
      HomeEditing home,
      FacilityCalendar calendar,
      MediaLibrary media) {
    this.news = news;
    this.contributors = contributors;
    this.home = home;
    this.calendar = calendar;
    this.media = media;
  }

  @GetMapping("/")
  String supernet(Model model) {
    model.addAttribute("news", news.latest(Site.SUPERNET, NewsKind.NEWS, SUPERNET_NEWS));
    model.addAttribute("newsPath", news.listPath(Site.SUPERNET, NewsKind.NEWS));
    model.addAttribute(
        "centerNews", news.latest(Site.SUPERNET, NewsKind.CENTER_NEWS, SUPERNET_NEWS));
    model.addAttribute("centerNewsPath", news.listPath(Site.SUPERNET, NewsKind.CENTER_NEWS));
    model.addAttribute("sections", sections());

    HomeSetting setting = home.setting();
    model.addAttribute("slot", setting);
    if (setting.getSlotMode() == SlotMode.CALENDAR) {
      model.addAttribute("calendar", calendar.month(calendar.currentMonth()));
      model.addAttribute("week", calendar.week());
    }

    List<HomeBanner> banners = home.bannersShownToday();
    Map<Long, MediaInfo> images =
        media.findAll(banners.stream().map(HomeBanner::getMediaId).toList());
    model.addAttribute(
        "banners",
        banners.stream()
            .filter(b -> images.containsKey(b.getMediaId()))
            .map(b -> new BannerView(b, images.get(b.getMediaId())))
            .toList());
    return "home/supernet";
  }

  /** The sections that have a contributor, in the order of {@link HomeSection}. */
  List<SectionView> sections() {
    Map<HomeSection, List<HomeContributor>> bySection = new EnumMap<>(HomeSection.class);
    contributors
        .orderedStream()
        .forEach(c -> bySection.computeIfAbsent(c.section(), k -> new ArrayList<>()).add(c));
    List<SectionView> views = new ArrayList<>();
    for (HomeSection section : HomeSection.values()) {
      List<HomeContributor> cs = bySection.get(section);
      if (cs == null) continue;
      int limit = LIMITS.get(section);
      List<HomeEntry> entries = new ArrayList<>();
      for (HomeContributor c : cs) {
        if (entries.size() >= limit) break;
        entries.addAll(c.newest(limit - entries.size()));
      }
      views.add(
          new SectionView(
              "home-" + section.name().toLowerCase(java.util.Locale.ROOT),
              "home.section." + section.name(),
              List.copyOf(entries.subList(0, Math.min(limit, entries.size()))),
              cs.getFirst().listPath()));
    }
    return views;
  }

  @GetMapping({"/aikasanet", "/aikasanet/"})
  String aikasanet(Model model) {
    model.addAttribute("news", news.latest(Site.AIKASANET, NewsKind.NEWS, AIKASANET_NEWS));
    model.addAttribute("newsPath", news.listPath(Site.AIKASANET, NewsKind.NEWS));
    return "home/aikasanet";
  }
}
