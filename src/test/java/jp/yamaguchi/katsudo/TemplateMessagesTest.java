package jp.yamaguchi.katsudo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Keeps every text a person reads in the message files: a template may show Japanese only through
 * th:text (or a fragment call), never as literal markup text; and every #{key} a template uses
 * exists in some {@code i18n/*_ja.properties}.
 */
class TemplateMessagesTest {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
  static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

  static List<Path> htmlTemplates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void noLiteralJapaneseOutsideThymeleafText() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : htmlTemplates()) {
      Document doc = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
      for (Element el : doc.getAllElements()) {
        if (replacedByThymeleaf(el)) continue;
        for (TextNode text : el.textNodes()) {
          if (JAPANESE.matcher(text.text()).find()) {
            problems.add(
                TEMPLATES.relativize(file) + ": <" + el.tagName() + "> " + text.text().strip());
          }
        }
      }
    }
    assertThat(problems).as("literal Japanese in templates (use #{...} messages)").isEmpty();
  }

  /** Whether the element's own content is produced by Thymeleaf, so its sample text never shows. */
  static boolean replacedByThymeleaf(Element el) {
    for (Element e = el; e != null; e = e.parent()) {
      if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:remove")) return true;
      // a page's root calls its layout with th:replace but its body is passed in as a fragment
      boolean root = e.tagName().equals("html");
      if (!root && (e.hasAttr("th:replace") || e.hasAttr("th:insert"))) return true;
    }
    return false;
  }

  @Test
  void everyMessageKeyExists() throws IOException {
    Properties messages = new Properties();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
      for (Path p : files.filter(f -> f.toString().endsWith("_ja.properties")).toList()) {
        try (var reader = Files.newBufferedReader(p)) {
          messages.load(reader);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Path file : htmlTemplates()) {
      Matcher m = MESSAGE_KEY.matcher(Files.readString(file));
      while (m.find()) {
        if (!messages.containsKey(m.group(1))) {
          missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).as("message keys used in templates but not defined").isEmpty();
  }
}
