package jp.yamaguchi.katsudo.core.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads (cached) and changes the per-site settings. */
@Service
public class SiteSettings {

  private final SiteSettingRepository repository;
  private final ApplicationEventPublisher events;
  private final Map<Site, SiteSettingView> cache =
      new ConcurrentHashMap<>(new EnumMap<>(Site.class));

  public SiteSettings(SiteSettingRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public SiteSettingView of(Site site) {
    return cache.computeIfAbsent(
        site,
        s ->
            repository
                .findById(s)
                .map(SiteSetting::view)
                .orElseGet(() -> new SiteSetting(s, "やまぐち県民活動支援センター").view()));
  }

  @Transactional(readOnly = true)
  public SiteSetting editable(Site site) {
    return repository.findById(site).orElseGet(() -> new SiteSetting(site, ""));
  }

  @Transactional
  public void save(SiteSetting setting, String by) {
    setting.touch(by);
    repository.save(setting);
    cache.remove(setting.getSite());
    events.publishEvent(new ContentChanged("site_setting", null));
  }
}
