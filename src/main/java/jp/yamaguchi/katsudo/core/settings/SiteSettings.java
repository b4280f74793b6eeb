package jp.yamaguchi.katsudo.core.settings;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.tx.AfterCommit;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads (cached) and changes the per-site settings. */
@Service
public class SiteSettings {

  /** A GA4 measurement ID: {@code G-} and 4 to 12 uppercase letters or digits. */
  public static final String GA4_ID = "G-[A-Z0-9]{4,12}";

  /** A postal code as {@code nnn-nnnn}. */
  public static final String POSTAL_CODE = "[0-9]{3}-[0-9]{4}";

  /** An https URL without spaces, quotes or angle brackets (SNS links). */
  public static final String HTTPS_URL = "https://[^\\s\"'<>\\\\]+";

  private static final Pattern GA4 = Pattern.compile(GA4_ID);
  private static final Pattern POSTAL = Pattern.compile(POSTAL_CODE);
  private static final Pattern HTTPS = Pattern.compile(HTTPS_URL);

  /** Message ID of the center's name, used when a site has no settings row yet. */
  static final String DEFAULT_CONTACT_NAME = "settings.center.defaultName";

  private final SiteSettingRepository repository;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final Map<Site, SiteSettingView> cache =
      new ConcurrentHashMap<>(new EnumMap<>(Site.class));

  private final Clock clock;

  public SiteSettings(
      SiteSettingRepository repository,
      ApplicationEventPublisher events,
      MessageSource messages,
      Clock clock) {
    this.repository = repository;
    this.clock = clock;
    this.events = events;
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  public SiteSettingView of(Site site) {
    return cache.computeIfAbsent(
        site,
        s ->
            repository
                .findById(s)
                .map(SiteSetting::view)
                .orElseGet(
                    () ->
                        new SiteSetting(
                                s,
                                messages.getMessage(DEFAULT_CONTACT_NAME, null, Locale.JAPANESE),
                                clock.instant())
                            .view()));
  }

  @Transactional(readOnly = true)
  public SiteSetting editable(Site site) {
    return repository.findById(site).orElseGet(() -> new SiteSetting(site, "", clock.instant()));
  }

  /**
   * Saves a site's settings: blank values become null, and a value the shell would render wrongly
   * (a malformed GA4 ID, a non-https SNS link, a missing center name) is refused.
   */
  @Transactional
  public void save(SiteSetting setting, String by) {
    setting.normalize();
    validate(setting);
    setting.touch(by, clock.instant());
    repository.save(setting);
    Site site = setting.getSite();
    AfterCommit.evict(() -> cache.remove(site));
    events.publishEvent(new ContentChanged("site_setting", null));
  }

  private static void validate(SiteSetting s) {
    if (s.getContactName() == null) throw new BusinessException("e.settings.contactName.required");
    if (s.getGa4MeasurementId() != null && !GA4.matcher(s.getGa4MeasurementId()).matches()) {
      throw new BusinessException("e.settings.ga4.format");
    }
    if (s.getContactPostalCode() != null && !POSTAL.matcher(s.getContactPostalCode()).matches()) {
      throw new BusinessException("e.settings.postalCode.format");
    }
    for (String url :
        new String[] {
          s.getFacebookUrl(), s.getXUrl(), s.getInstagramUrl(), s.getLineUrl(), s.getYoutubeUrl()
        }) {
      if (url != null && !HTTPS.matcher(url).matches()) {
        throw new BusinessException("e.settings.url.https");
      }
    }
  }
}
