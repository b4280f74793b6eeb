package jp.yamaguchi.katsudo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.page.PageEditing;
import jp.yamaguchi.katsudo.page.PageInput;
import jp.yamaguchi.katsudo.page.PageProblem;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoPagesTest {

  @Autowired PageEditing editing;

  @Test
  void everyDemoPageIsValidContent() {
    var entries = DemoPages.read();
    assertThat(entries).hasSize(22);
    // お問い合わせ is the contact module's form at /contact, not a fixed page
    assertThat(entries).noneMatch(p -> p.path().equals("contact"));
    for (var p : entries) {
      var problems =
          editing.check(
              p.site(),
              null,
              new PageInput(
                  null,
                  "demo-check",
                  p.title(),
                  p.metaDescription(),
                  p.navigation() == null ? NavArea.NONE : p.navigation(),
                  p.navOrder(),
                  p.blocks()));
      assertThat(problems).as(p.path()).extracting(PageProblem::messageId).isEmpty();
      assertThat(p.blocks()).as(p.path()).isNotEmpty();
    }
  }
}
