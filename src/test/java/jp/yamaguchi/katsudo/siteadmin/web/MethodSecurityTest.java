package jp.yamaguchi.katsudo.siteadmin.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.ui.ExtendedModelMap;

/** The 管理者-only controllers check the role themselves too, not only through the URL rules. */
@IntegrationTest
class MethodSecurityTest {

  @Autowired SiteSettingsController settings;
  @Autowired ListsController lists;
  @Autowired RedirectsController redirects;

  @Test
  @WithMockUser(roles = "EDITOR")
  void editorsAreRefusedEvenWithoutTheUrlRules() {
    assertThatThrownBy(() -> settings.edit("supernet", new ExtendedModelMap()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> lists.index(new ExtendedModelMap()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> redirects.newForm(new ExtendedModelMap()))
        .isInstanceOf(AccessDeniedException.class);
  }
}
