package jp.yamaguchi.katsudo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Random;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo members exist once, are ACTIVE and log in with the passwords the README gives. */
@IntegrationTest
class DemoMembersTest {

  @Autowired DemoMembers demo;
  @Autowired MemberAccounts accounts;
  @Autowired MockMvc mvc;

  @Test
  void theDocumentedDemoMembersLogIn() throws Exception {
    if (!demo.present()) demo.load(DemoScale.STANDARD, new Random(DemoLoader.SEED));
    assertThat(demo.present()).isTrue();

    String[][] logins = {
      {DemoMembers.INDIVIDUAL, "kojin-demo-2026", "INDIVIDUAL"},
      {DemoMembers.GROUP, "dantai-demo-2026", "GROUP"},
      {DemoMembers.COMPANY, "kigyo-demo-2026", "COMPANY"}
    };
    for (String[] l : logins) {
      MemberRef m = accounts.byLoginId(l[0]).orElseThrow();
      assertThat(m.active()).isTrue();
      assertThat(m.kind()).isEqualTo(MemberKind.valueOf(l[2]));
      mvc.perform(
              post("/aikasanet/login").with(csrf()).param("loginId", l[0]).param("password", l[1]))
          .andExpect(redirectedUrl("/aikasanet/mypage"));
    }
    MemberRef group = accounts.byLoginId(DemoMembers.GROUP).orElseThrow();
    assertThat(accounts.organisation(group.organisationId()).orElseThrow().kind())
        .isEqualTo(OrganisationKind.NPO);
  }
}
