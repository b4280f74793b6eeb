package jp.yamaguchi.katsudo.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SiteSettingsTest {

  @Autowired SiteSettings settings;

  @Test
  void malformedValuesNeverReachTheShell() {
    SiteSetting s = settings.editable(Site.SUPERNET);
    s.setGa4MeasurementId("G-abc\"><script>");
    assertThatThrownBy(() -> settings.save(s, "t"))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.settings.ga4.format");
    SiteSetting s2 = settings.editable(Site.SUPERNET);
    s2.setYoutubeUrl("javascript:alert(1)");
    assertThatThrownBy(() -> settings.save(s2, "t"))
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.settings.url.https");
    SiteSetting s3 = settings.editable(Site.SUPERNET);
    s3.setContactName("   ");
    assertThatThrownBy(() -> settings.save(s3, "t"))
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.settings.contactName.required");
    assertThat(settings.of(Site.SUPERNET).analyticsEnabled()).isFalse();
  }
}
