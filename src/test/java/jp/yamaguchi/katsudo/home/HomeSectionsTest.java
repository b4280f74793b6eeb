package jp.yamaguchi.katsudo.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Which sections HOME shows, decided from the contributors alone. */
class HomeSectionsTest {

  static HomeContributor contributor(HomeSection section, String prefix, int count) {
    return new HomeContributor() {
      @Override
      public HomeSection section() {
        return section;
      }

      @Override
      public List<HomeEntry> newest(int limit) {
        return IntStream.rangeClosed(1, count)
            .mapToObj(i -> new HomeEntry(prefix + i, "/x/" + i, null))
            .limit(limit)
            .toList();
      }

      @Override
      public String listPath() {
        return "/" + prefix;
      }
    };
  }

  static HomeController home(Map<String, Object> contributors) {
    var beans = new StaticListableBeanFactory(contributors);
    return new HomeController(null, beans.getBeanProvider(HomeContributor.class), null, null, null);
  }

  @Test
  void aSectionWithoutContributorIsLeftOut() {
    var sections =
        home(Map.of("r", contributor(HomeSection.RECRUITMENTS, "recruit", 5))).sections();
    assertThat(sections)
        .extracting(HomeController.SectionView::titleKey)
        .containsExactly("home.section.RECRUITMENTS");
    assertThat(sections.getFirst().entries())
        .extracting(HomeEntry::title)
        .containsExactly("recruit1", "recruit2", "recruit3");
  }

  @Test
  void sectionsComeInTheOrderOfHomeSection() {
    var sections =
        home(Map.of(
                "a", contributor(HomeSection.GROUPS, "a", 2),
                "b", contributor(HomeSection.GRANTS, "grant", 1)))
            .sections();
    assertThat(sections)
        .extracting(HomeController.SectionView::titleKey)
        .containsExactly("home.section.GROUPS", "home.section.GRANTS");
    assertThat(sections.getFirst().entries()).hasSize(2);
    assertThat(sections.getLast().listPath()).isEqualTo("/grant");
  }
}
