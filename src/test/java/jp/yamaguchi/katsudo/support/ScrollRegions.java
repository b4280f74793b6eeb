package jp.yamaguchi.katsudo.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the markup of {@code fragments/table :: scroll}: every table sits in a {@code
 * .table-scroll} region that the keyboard reaches and that is named by the table's caption.
 */
public final class ScrollRegions {

  private ScrollRegions() {}

  /** Asserts it for every table of the page and returns how many tables there are. */
  public static int assertEveryTableInANamedRegion(String html) {
    Document doc = Jsoup.parse(html);
    for (Element table : doc.select("table")) {
      Element region = table.parent();
      assertThat(region.className()).as("wrapper of a table").isEqualTo("table-scroll");
      assertThat(region.attr("tabindex")).isEqualTo("0");
      assertThat(region.attr("role")).isEqualTo("region");
      String labelledBy = region.attr("aria-labelledby");
      assertThat(labelledBy).as("aria-labelledby").isNotBlank();
      Element name = doc.getElementById(labelledBy);
      assertThat(name).as("element #" + labelledBy).isNotNull();
      assertThat(name.tagName()).isEqualTo("caption");
      assertThat(name.parent()).isSameAs(table);
      assertThat(name.text()).isNotBlank();
    }
    return doc.select("table").size();
  }
}
