package jp.yamaguchi.katsudo.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;

/** A site without a settings row still has the center's name, from the message files. */
@IntegrationTest
class SiteSettingsDefaultTest {

  @Autowired MessageSource messages;

  @Test
  void aSiteWithoutSettingsIsNamedAfterTheCenter() {
    SiteSettingRepository empty = mock(SiteSettingRepository.class);
    when(empty.findById(Site.AIKASANET)).thenReturn(Optional.empty());
    var settings =
        new SiteSettings(
            empty, mock(ApplicationEventPublisher.class), messages, new TestClock(TestClock.START));

    assertThat(settings.of(Site.AIKASANET).contactName()).isEqualTo("やまぐち県民活動支援センター");
    assertThat(settings.of(Site.AIKASANET).analyticsEnabled()).isFalse();
  }
}
