package jp.yamaguchi.katsudo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.page.Block;
import jp.yamaguchi.katsudo.page.PageEditing;
import jp.yamaguchi.katsudo.page.PageInput;
import jp.yamaguchi.katsudo.page.PagePublishing;
import jp.yamaguchi.katsudo.page.Pages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixed pages of both sites from {@code demo/pages.json}, created through the page module's
 * public service (so they are sanitized, validated and revisioned like staff edits) and published.
 * The same set at every scale.
 */
@Component
class DemoPages implements DemoSet {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** One entry of pages.json. */
  record DemoPage(
      Site site,
      String path,
      String title,
      NavArea navigation,
      int navOrder,
      String metaDescription,
      List<Block> blocks) {}

  private final Pages pages;
  private final PageEditing editing;
  private final PagePublishing publishing;

  DemoPages(Pages pages, PageEditing editing, PagePublishing publishing) {
    this.pages = pages;
    this.editing = editing;
    this.publishing = publishing;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public boolean present() {
    return pages.any();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    List<DemoPage> entries = read();
    entries.stream()
        .sorted(Comparator.comparingInt((DemoPage p) -> p.path().split("/").length))
        .forEach(this::create);
  }

  private void create(DemoPage p) {
    int slash = p.path().lastIndexOf('/');
    Long parentId =
        slash < 0
            ? null
            : pages
                .idOf(p.site(), p.path().substring(0, slash))
                .orElseThrow(() -> new IllegalStateException("no parent for " + p.path()));
    String slug = p.path().substring(slash + 1);
    long id =
        editing.create(
            p.site(),
            new PageInput(
                parentId,
                slug,
                p.title(),
                p.metaDescription(),
                p.navigation() == null ? NavArea.NONE : p.navigation(),
                p.navOrder(),
                p.blocks()));
    publishing.publish(id);
  }

  static List<DemoPage> read() {
    try (InputStream in = new ClassPathResource("demo/pages.json").getInputStream()) {
      return JSON.readValue(
          in, JSON.getTypeFactory().constructCollectionType(List.class, DemoPage.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
