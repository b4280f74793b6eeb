package jp.yamaguchi.katsudo.siteadmin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotice;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotices;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirect;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirects;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.ScrollRegions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every admin table of these screens scrolls in a keyboard-reachable region named by its caption.
 */
@IntegrationTest
@WithMockUser(username = "scroll-admin", roles = "ADMIN")
@DateSensitive
class ScrollTablesTest {

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired EmergencyNotices notices;
  @Autowired LegacyRedirects redirects;
  @Autowired StaffAccounts staff;

  private String page(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void tablesAreNamedScrollRegions() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    EmergencyNotice notice =
        notices.save(
            null, Site.SUPERNET, "表の確認" + tag, "本文", clock.instant(), null, "scroll-admin");
    LegacyRedirect redirect = redirects.create("/scroll-" + tag + "/", "/", null, "scroll-admin");
    var account =
        staff.create("scroll-" + tag, "表 確認", null, "Scroll-Password-2026", StaffRole.EDITOR);
    try {
      assertThat(ScrollRegions.assertEveryTableInANamedRegion(page("/admin/notices"))).isEqualTo(1);
      assertThat(ScrollRegions.assertEveryTableInANamedRegion(page("/admin/settings/redirects")))
          .isEqualTo(1);
      assertThat(ScrollRegions.assertEveryTableInANamedRegion(page("/admin/staff"))).isEqualTo(1);
      assertThat(ScrollRegions.assertEveryTableInANamedRegion(page("/admin/settings/lists")))
          .isEqualTo(1);
      assertThat(
              ScrollRegions.assertEveryTableInANamedRegion(
                  page("/admin/settings/lists/municipality")))
          .isEqualTo(1);
      // one table per kind of terms, each named by its own caption
      assertThat(ScrollRegions.assertEveryTableInANamedRegion(page("/admin/terms")))
          .isGreaterThan(1);
    } finally {
      notices.delete(notice.getId());
      redirects.delete(redirect.getId());
      staff.delete(account.id(), "scroll-admin");
    }
  }
}
