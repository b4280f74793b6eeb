package jp.yamaguchi.katsudo.page.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.page.PageState;
import jp.yamaguchi.katsudo.page.domain.PageHead;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The held navigation never outlives a change, even one that commits while it is loading. */
class PageNavigationTest {

  private final PageRepository repository = mock(PageRepository.class);

  private PageNavigation navigation(Duration ttl) {
    return new PageNavigation(
        repository,
        new StaticMessageSource(),
        new KatsudoProperties(Path.of("var"), null, false, ttl, null, null));
  }

  private static PageHead head(String path, String title) {
    return new PageHead(
        1L,
        Site.SUPERNET,
        path,
        PageState.PUBLISHED,
        title,
        NavArea.SIDE,
        10,
        Instant.parse("2026-04-01T00:00:00Z"));
  }

  private List<String> labels(PageNavigation navigation) {
    return navigation.items(Site.SUPERNET, NavArea.SIDE).stream().map(NavItem::label).toList();
  }

  @Test
  void aLoadOverlappingAChangeIsNotKept() {
    PageNavigation navigation = navigation(Duration.ofMinutes(10));
    // The first load reads the old rows while a change commits (its event arrives mid-load).
    when(repository.findHeadsByStateIn(any()))
        .thenAnswer(
            call -> {
              navigation.on(new ContentChanged("page", 1L));
              return List.of(head("center", "古いタイトル"));
            })
        .thenReturn(List.of(head("center", "新しいタイトル")));

    assertThat(labels(navigation)).containsExactly("古いタイトル");
    assertThat(labels(navigation)).containsExactly("新しいタイトル");
    assertThat(labels(navigation)).containsExactly("新しいタイトル");
    verify(repository, times(2)).findHeadsByStateIn(any());
  }

  @Test
  void itIsHeldUntilAPageChangeAndOnlyThen() {
    PageNavigation navigation = navigation(Duration.ofMinutes(10));
    when(repository.findHeadsByStateIn(any()))
        .thenReturn(List.of(head("center", "一回目")))
        .thenReturn(List.of(head("center", "二回目")));
    assertThat(labels(navigation)).containsExactly("一回目");
    navigation.on(new ContentChanged("news", 1L));
    assertThat(labels(navigation)).containsExactly("一回目");
    navigation.on(new ContentChanged("page", 1L));
    assertThat(labels(navigation)).containsExactly("二回目");
    verify(repository, times(2)).findHeadsByStateIn(any());
  }

  @Test
  void itExpiresAfterThePageCacheTime() throws InterruptedException {
    PageNavigation navigation = navigation(Duration.ofMillis(1));
    when(repository.findHeadsByStateIn(any()))
        .thenReturn(List.of(head("center", "一回目")))
        .thenReturn(List.of(head("center", "二回目")));
    assertThat(labels(navigation)).containsExactly("一回目");
    Thread.sleep(5);
    assertThat(labels(navigation)).containsExactly("二回目");
  }
}
