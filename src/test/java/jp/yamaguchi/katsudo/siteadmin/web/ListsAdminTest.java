package jp.yamaguchi.katsudo.siteadmin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.lists.ListItem;
import jp.yamaguchi.katsudo.core.lists.ListItemRepository;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(roles = "ADMIN")
class ListsAdminTest {

  private static final ListKey KEY = ListKey.PROBONO_FIELD;
  private static final String BASE = "/admin/settings/lists/probono-field";

  @Autowired MockMvc mvc;
  @Autowired Lists lists;
  @Autowired ListItemRepository listItems;

  private final String code = "t-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void cleanUp() {
    lists.items(KEY).stream()
        .filter(i -> i.getCode().startsWith("t-"))
        .forEach(i -> lists.delete(KEY, i.getId()));
  }

  private ListItem mine() {
    return lists.items(KEY).stream()
        .filter(i -> i.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void editorsMayNotEditLists() throws Exception {
    mvc.perform(get("/admin/settings/lists")).andExpect(status().isForbidden());
    mvc.perform(get(BASE)).andExpect(status().isForbidden());
    mvc.perform(post(BASE + "/new").with(csrf()).param("code", code).param("label", "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void indexListsEveryListWithItsCount() throws Exception {
    long municipalities = lists.counts().get(ListKey.MUNICIPALITY);
    mvc.perform(get("/admin/settings/lists"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/admin/settings/lists/municipality\"")))
        .andExpect(content().string(containsString(">市町</a>")))
        .andExpect(content().string(containsString(">一芸・プロボノ分野</a>")))
        .andExpect(content().string(containsString(">登録要件</a>")))
        .andExpect(content().string(containsString(">" + municipalities + "</td>")));
    mvc.perform(get("/admin/settings/lists/no-such-list")).andExpect(status().isNotFound());
  }

  @Test
  void addEditMoveAndDeleteAChoice() throws Exception {
    mvc.perform(get(BASE + "/new"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("SUPERNET（スーパーネットで使う）")))
        .andExpect(content().string(containsString("MUNICIPALITIES：選ぶと「対象市町」の入力が必要")));
    mvc.perform(
            post(BASE + "/new")
                .with(csrf())
                .param("code", code)
                .param("label", "防災・減災")
                .param("sortOrder", "5")
                .param("flags", "AIKASANET"))
        .andExpect(redirectedUrl(BASE))
        .andExpect(flash().attribute("success", "選択肢「防災・減災」を追加しました。"));
    ListItem item = mine();
    assertThat(item.getLabel()).isEqualTo("防災・減災");
    assertThat(item.getSortOrder()).isEqualTo(5);
    assertThat(item.flagSet()).containsExactly("AIKASANET");
    assertThat(lists.choices(KEY).get(0).code()).isEqualTo(code);
    assertThat(lists.choices(KEY, "AIKASANET")).extracting(c -> c.code()).contains(code);

    mvc.perform(get(BASE))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("防災・減災")));

    // edit: label, flags, deactivate
    mvc.perform(
            post(BASE + "/" + item.getId() + "/edit")
                .with(csrf())
                .param("label", "防災・減災活動")
                .param("sortOrder", "5")
                .param("flags", "SUPERNET", "AIKASANET")
                .param("_flags", "on")
                .param("_active", "on"))
        .andExpect(redirectedUrl(BASE));
    item = mine();
    assertThat(item.getLabel()).isEqualTo("防災・減災活動");
    assertThat(item.getCode()).isEqualTo(code);
    assertThat(item.flagSet()).containsExactlyInAnyOrder("SUPERNET", "AIKASANET");
    assertThat(item.isActive()).isFalse();
    assertThat(lists.choices(KEY)).extracting(c -> c.code()).doesNotContain(code);
    assertThat(lists.label(KEY, code)).isEqualTo("防災・減災活動");

    // move down one place
    List<ListItem> before = lists.items(KEY);
    assertThat(before.get(0).getCode()).isEqualTo(code);
    mvc.perform(post(BASE + "/" + item.getId() + "/move").with(csrf()).param("direction", "down"))
        .andExpect(redirectedUrl(BASE + "#item-" + item.getId()));
    List<ListItem> after = lists.items(KEY);
    assertThat(after.get(0).getCode()).isEqualTo(before.get(1).getCode());
    assertThat(after.get(1).getCode()).isEqualTo(code);
    mvc.perform(post(BASE + "/" + item.getId() + "/move").with(csrf()).param("direction", "up"))
        .andExpect(status().is3xxRedirection());
    assertThat(lists.items(KEY).get(0).getCode()).isEqualTo(code);

    // delete: confirmation first, then the code is what records show
    mvc.perform(get(BASE + "/" + item.getId() + "/delete"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("選択肢「防災・減災活動」を削除しますか")));
    mvc.perform(post(BASE + "/" + item.getId() + "/delete").with(csrf()))
        .andExpect(redirectedUrl(BASE))
        .andExpect(flash().attribute("success", "選択肢「防災・減災活動」を削除しました。"));
    assertThat(lists.items(KEY)).extracting(ListItem::getCode).doesNotContain(code);
    assertThat(lists.label(KEY, code)).isEqualTo(code);
  }

  @Test
  void badCodesAndLabelsAreExplainedAndKept() throws Exception {
    mvc.perform(
            post(BASE + "/new")
                .with(csrf())
                .param("code", "IT Web")
                .param("label", "")
                .param("sortOrder", "abc"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("コードは半角の英小文字・数字・「_」「-」で40文字以内")))
        .andExpect(content().string(containsString("表示名を入力してください。")))
        .andExpect(content().string(containsString("順番は半角数字で入力してください。")))
        .andExpect(content().string(containsString("value=\"IT Web\"")));
    // an existing code of the same list
    mvc.perform(
            post(BASE + "/new")
                .with(csrf())
                .param("code", "p01")
                .param("label", "もう一つのIT")
                .param("sortOrder", "10"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("コード「p01」はこのリストで既に使われています。")))
        .andExpect(content().string(containsString("value=\"もう一つのIT\"")));
    assertThat(lists.items(KEY)).extracting(ListItem::getLabel).doesNotContain("もう一つのIT");
  }

  @Test
  void anItemOfAnotherListIsNotFoundHere() throws Exception {
    ListItem municipality = lists.items(ListKey.MUNICIPALITY).get(0);
    mvc.perform(get(BASE + "/" + municipality.getId() + "/edit")).andExpect(status().isNotFound());
    mvc.perform(post(BASE + "/" + municipality.getId() + "/delete").with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(listItems.findById(municipality.getId())).isPresent();
  }

  @Test
  void editPageShowsTheFixedCode() throws Exception {
    ListItem first = lists.items(KEY).get(0);
    mvc.perform(get(BASE + "/" + first.getId() + "/edit"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("コードは追加した後は変更できません。")))
        .andExpect(content().string(matchesPattern("(?s).*name=\"active\".*")));
  }
}
