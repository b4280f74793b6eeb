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
    assertThat(entries).hasSize(23);
    assertThat(entries)
        .filteredOn(p -> p.path().equals("contact"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.site()).isEqualTo(jp.yamaguchi.katsudo.core.site.Site.SUPERNET);
              assertThat(p.title()).isEqualTo("お問い合わせ");
              assertThat(p.navigation()).isEqualTo(NavArea.FOOTER);
            });
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
