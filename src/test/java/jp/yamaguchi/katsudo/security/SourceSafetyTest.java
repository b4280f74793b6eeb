package jp.yamaguchi.katsudo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * IPA vulnerability classes 2 (OS command injection), 10 (eval injection) and 5 (XSS, unescaped
 * output): the code base must not contain the constructs that make them possible. A new use has to
 * be reviewed and added here on purpose.
 */
class SourceSafetyTest {

  static final Path MAIN = Path.of("src/main/java");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");

  static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }

  static List<String> offenders(Path root, String suffix, Pattern forbidden, Set<String> allowed)
      throws IOException {
    return files(root, suffix).stream()
        .filter(p -> !allowed.contains(root.relativize(p).toString().replace('\\', '/')))
        .filter(
            p -> {
              try {
                return forbidden.matcher(Files.readString(p)).find();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            })
        .map(Path::toString)
        .toList();
  }

  @Test
  void noOperatingSystemCommandsAreRun() throws IOException {
    assertThat(
            offenders(
                MAIN,
                ".java",
                Pattern.compile(
                    "Runtime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*exec|ProcessBuilder"),
                Set.of()))
        .isEmpty();
  }

  @Test
  void noScriptOrExpressionIsEvaluatedFromInput() throws IOException {
    assertThat(
            offenders(
                MAIN,
                ".java",
                Pattern.compile(
                    "ScriptEngine|SpelExpressionParser|ExpressionParser|GroovyShell|"
                        + "MethodHandles\\.lookup\\(\\)\\.findVirtual|ObjectInputStream|"
                        + "XMLDecoder"),
                Set.of()))
        .isEmpty();
    // Thymeleaf preprocessing (__${...}__) evaluates text as an expression: only on values the
    // templates themselves supply (a form fragment's field name, a loop index), never on input
    Pattern pre = Pattern.compile("__\\$\\{([^}]*)\\}__");
    java.util.Set<String> used = new java.util.TreeSet<>();
    for (Path p : files(TEMPLATES, ".html")) {
      pre.matcher(Files.readString(p)).results().forEach(m -> used.add(m.group(1)));
    }
    assertThat(used).isSubsetOf(Set.of("field", "st.index"));
  }

  @Test
  void unescapedOutputIsOnlyUsedForSanitizedRichText() throws IOException {
    // each of these prints HTML that HtmlSanitizer cleaned when it was saved (see their tests)
    Map<String, String> reviewed =
        Map.ofEntries(
            Map.entry("page/blocks.html", "page blocks: sanitised rich text (PageEditingTest)"),
            Map.entry("siteadmin/terms/public.html", "terms body: sanitised (TermsTest)"),
            Map.entry("siteadmin/terms/show.html", "terms body: sanitised (TermsTest)"),
            Map.entry("news/detail.html", "news body: sanitised (NewsEditingTest)"),
            Map.entry(
                "event/detail.html",
                "event JSON-LD: Jackson output with <, >, & escaped (EventJsonLdTest)"),
            Map.entry("event/post-form.html", "terms body: sanitised (TermsTest)"),
            Map.entry("grant/post/form.html", "terms body: sanitised (TermsTest)"),
            Map.entry("report/post/form.html", "terms body: sanitised (TermsTest)"),
            Map.entry("directory/register/terms.html", "terms body: sanitised (TermsTest)"));
    assertThat(
            offenders(
                TEMPLATES,
                ".html",
                Pattern.compile("th:utext|data-th-utext|\\[\\(\\$\\{"),
                reviewed.keySet()))
        .isEmpty();
  }
}
