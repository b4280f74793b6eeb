package jp.yamaguchi.katsudo.home.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's settings of Supernet's HOME: what the variable slot shows and the banners. Every
 * change is public at once ({@link ContentChanged} empties the page cache).
 */
@Service
@Transactional
public class HomeEditing {

  static final int SETTING_ID = 1;

  /** A link: an http(s) address, or a path of this site (not {@code //host}). */
  private static final Pattern LINK =
      Pattern.compile("(https?://[^\\s<>\"]+|/(?![/\\\\])[^\\s<>\"]*)");

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  private final HomeSettingRepository settings;
  private final HomeBannerRepository banners;
  private final MediaLibrary media;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  HomeEditing(
      HomeSettingRepository settings,
      HomeBannerRepository banners,
      MediaLibrary media,
      ApplicationEventPublisher events,
      Clock clock) {
    this.settings = settings;
    this.banners = banners;
    this.media = media;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public HomeSetting setting() {
    return settings
        .findById(SETTING_ID)
        .orElseThrow(() -> new IllegalStateException("home_setting row 1 is missing"));
  }

  /**
   * Sets the variable slot. The text block needs a text when chosen.
   *
   * @throws BusinessException {@code e.home.slot.*}
   */
  public HomeSetting updateSlot(
      long version, SlotMode mode, String title, String text, String actor) {
    HomeSetting s = setting();
    if (s.getVersion() != version) throw new BusinessException("e.home.conflict");
    if (mode == null) throw new BusinessException("e.home.slot.mode.required");
    String t = oneLine(title);
    if (t.length() > HomeSetting.MAX_TITLE) {
      throw new BusinessException("e.home.slot.title.tooLong", HomeSetting.MAX_TITLE);
    }
    String body = text == null ? "" : text.replace("\r\n", "\n").strip();
    if (body.length() > HomeSetting.MAX_TEXT) {
      throw new BusinessException("e.home.slot.text.tooLong", HomeSetting.MAX_TEXT);
    }
    if (mode == SlotMode.TEXT && body.isEmpty()) {
      throw new BusinessException("e.home.slot.text.required");
    }
    s.change(mode, t.isEmpty() ? null : t, body.isEmpty() ? null : body, actor, clock.instant());
    changed();
    return s;
  }

  @Transactional(readOnly = true)
  public List<HomeBanner> banners() {
    return banners.findAllByOrderBySortOrderAscIdAsc();
  }

  /** The banners shown today, in order. */
  @Transactional(readOnly = true)
  public List<HomeBanner> bannersShownToday() {
    LocalDate today = LocalDate.now(clock);
    return banners.findAllByOrderBySortOrderAscIdAsc().stream()
        .filter(b -> b.shownOn(today))
        .toList();
  }

  @Transactional(readOnly = true)
  public HomeBanner banner(long id) {
    return banners.findById(id).orElseThrow(() -> new NotFoundException("banner " + id));
  }

  @Transactional(readOnly = true)
  public List<HomeBanner> bannersUsing(long mediaId) {
    return banners.findByMediaId(mediaId);
  }

  /** The content of a banner as staff typed it. */
  public record BannerInput(
      Long mediaId,
      String altText,
      String linkUrl,
      Integer sortOrder,
      LocalDate startsOn,
      LocalDate endsOn) {}

  public HomeBanner createBanner(BannerInput in, String actor) {
    Instant now = clock.instant();
    HomeBanner b = new HomeBanner(actor, now);
    apply(b, in, actor, now);
    banners.save(b);
    changed();
    return b;
  }

  public HomeBanner updateBanner(long id, long version, BannerInput in, String actor) {
    HomeBanner b = banner(id);
    if (b.getVersion() != version) throw new BusinessException("e.home.conflict");
    apply(b, in, actor, clock.instant());
    changed();
    return b;
  }

  public void deleteBanner(long id) {
    banners.delete(banner(id));
    changed();
  }

  private void apply(HomeBanner b, BannerInput in, String actor, Instant now) {
    if (in.mediaId() == null) throw new BusinessException("e.home.banner.media.required");
    MediaInfo image =
        media
            .find(in.mediaId())
            .filter(MediaInfo::image)
            .orElseThrow(() -> new BusinessException("e.home.banner.media.required"));
    String alt = oneLine(in.altText());
    if (alt.isEmpty()) throw new BusinessException("e.home.banner.alt.required");
    if (alt.length() > HomeBanner.MAX_ALT) {
      throw new BusinessException("e.home.banner.alt.tooLong", HomeBanner.MAX_ALT);
    }
    String link = oneLine(in.linkUrl());
    if (link.isEmpty()) throw new BusinessException("e.home.banner.link.required");
    if (link.length() > HomeBanner.MAX_URL || !LINK.matcher(link).matches()) {
      throw new BusinessException("e.home.banner.link.invalid");
    }
    if (in.sortOrder() == null) throw new BusinessException("e.home.banner.sortOrder.required");
    if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
      throw new BusinessException("e.home.banner.endsOn.order");
    }
    b.change(image.id(), alt, link, in.sortOrder(), in.startsOn(), in.endsOn(), actor, now);
  }

  private void changed() {
    events.publishEvent(new ContentChanged("home", null));
  }

  private static String oneLine(String s) {
    return s == null ? "" : CONTROL.matcher(s).replaceAll(" ").strip();
  }
}
