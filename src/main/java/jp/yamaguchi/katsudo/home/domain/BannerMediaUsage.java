package jp.yamaguchi.katsudo.home.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.media.MediaUsage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Tells the media library which images the HOME banners use, so they are not deleted. */
@Component
class BannerMediaUsage implements MediaUsage {

  private final HomeBannerRepository banners;
  private final MessageSource messages;
  private final Clock clock;

  BannerMediaUsage(HomeBannerRepository banners, MessageSource messages, Clock clock) {
    this.banners = banners;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public List<Use> usesOf(long mediaId) {
    LocalDate today = LocalDate.now(clock);
    return banners.findByMediaId(mediaId).stream()
        .map(
            b ->
                new Use(
                    messages.getMessage(
                        "home.admin.banner.usage",
                        new Object[] {b.getAltText()},
                        LocaleContextHolder.getLocale()),
                    "/admin/home/banners/" + b.getId(),
                    b.shownOn(today)))
        .toList();
  }
}
