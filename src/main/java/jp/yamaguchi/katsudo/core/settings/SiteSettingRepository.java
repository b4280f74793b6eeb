package jp.yamaguchi.katsudo.core.settings;

import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteSettingRepository extends JpaRepository<SiteSetting, Site> {}
