package jp.yamaguchi.katsudo.siteadmin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The filter bars of the notice, redirect and staff lists are built from {@code fragments/form}:
 * labelled controls that keep the chosen values, 「すべて」 for no filter, and the current order.
 */
@IntegrationTest
@WithMockUser(username = "filter-admin", roles = "ADMIN")
class FilterBarsTest {

  @Autowired MockMvc mvc;

  private Element bar(MockHttpServletRequestBuilder request) throws Exception {
    String html =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document doc = Jsoup.parse(html);
    Element form = doc.selectFirst("form[role=search]");
    assertThat(form).isNotNull();
    assertThat(form.attr("method")).isEqualTo("get");
    assertThat(form.attr("aria-label")).isNotBlank();
    for (Element control : form.select("select, input:not([type=hidden])")) {
      Element label = form.selectFirst("label[for=" + control.id() + "]");
      assertThat(label).as("label of #" + control.id()).isNotNull();
      assertThat(label.closest(".form-field")).isSameAs(control.closest(".form-field"));
    }
    return form;
  }

  private static String selected(Element form, String id) {
    Element select = form.getElementById(id);
    assertThat(select.selectFirst("option").text()).isEqualTo("すべて");
    Element chosen = select.selectFirst("option[selected]");
    return chosen == null ? "" : chosen.val();
  }

  @Test
  void theNoticeFilterKeepsItsChoicesAndDropsUnknownOnes() throws Exception {
    Element form =
        bar(
            get("/admin/notices")
                .param("site", "AIKASANET")
                .param("state", "ACTIVE")
                .param("sort", "title")
                .param("dir", "asc"));
    assertThat(selected(form, "site")).isEqualTo("AIKASANET");
    assertThat(selected(form, "state")).isEqualTo("ACTIVE");
    assertThat(form.getElementById("state").select("option").eachText())
        .containsExactly("すべて", "表示中", "予定", "終了");
    assertThat(form.selectFirst("input[name=sort]").val()).isEqualTo("title");
    assertThat(form.selectFirst("input[name=dir]").val()).isEqualTo("asc");

    Element unknown = bar(get("/admin/notices").param("site", "ELSEWHERE").param("state", "x"));
    assertThat(selected(unknown, "site")).isEmpty();
    assertThat(selected(unknown, "state")).isEmpty();
  }

  @Test
  void theRedirectSearchKeepsWhatWasTyped() throws Exception {
    Element form = bar(get("/admin/settings/redirects").param("q", "  boshu  "));
    Element q = form.getElementById("q");
    assertThat(q.attr("type")).isEqualTo("search");
    assertThat(q.val()).isEqualTo("boshu");
    assertThat(q.attr("name")).isEqualTo("q");
  }

  @Test
  void theStaffFilterKeepsItsChoices() throws Exception {
    Element form = bar(get("/admin/staff").param("role", "EDITOR").param("status", "disabled"));
    assertThat(selected(form, "role")).isEqualTo("EDITOR");
    assertThat(selected(form, "status")).isEqualTo("disabled");
    assertThat(form.getElementById("status").select("option").eachText())
        .containsExactly("すべて", "有効", "停止");

    Element unknown = bar(get("/admin/staff").param("role", "ROOT").param("status", "gone"));
    assertThat(selected(unknown, "role")).isEmpty();
    assertThat(selected(unknown, "status")).isEmpty();
  }
}
