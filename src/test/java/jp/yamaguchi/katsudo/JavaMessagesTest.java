package jp.yamaguchi.katsudo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every text a person reads out of the Java code (conventions: messages by ID in {@code
 * i18n/*_ja.properties}): no string or character literal in {@code src/main/java} may hold
 * Hiragana, Katakana or Han characters. Comments and javadoc are ignored; Unicode escapes (a
 * backslash, u and four hex digits) inside literals are decoded first, so they are no way around
 * the rule.
 */
class JavaMessagesTest {

  static final Path SOURCES = Path.of("src/main/java");

  /**
   * Known literals that are not messages, or that their module still has to move, per file. Keep
   * this short: a new entry needs a reason.
   */
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          // the marker a mail template's first line starts with: part of the template format
          "jp/yamaguchi/katsudo/core/mail/Mailer.java", Set.of("件名："));

  /** Demo data is sample content for an empty database, not text of the application. */
  static final String DEMO_PACKAGE = "jp/yamaguchi/katsudo/demo/";

  @Test
  void noJapaneseInJavaLiterals() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = SOURCES.relativize(file).toString().replace('\\', '/');
        if (name.startsWith(DEMO_PACKAGE)) continue;
        Set<String> allowed = ALLOWED.getOrDefault(name, Set.of());
        for (Literal literal : literals(Files.readString(file))) {
          if (japanese(literal.value()) && !allowed.contains(literal.value())) {
            problems.add(name + ":" + literal.line() + " " + literal.value());
          }
        }
      }
    }
    assertThat(problems)
        .as("Japanese in Java literals (use a message ID from i18n/*_ja.properties)")
        .isEmpty();
  }

  @Test
  void theScannerFindsLiteralsAndSkipsComments() {
    String source =
        """
        /** 説明 "引用" */
        class A {
          // コメント "x"
          String a = "https://example.jp/*not-a-comment*/"; /* 注 */
          String b = "エラー：" + '字';
          String c = "\\u7ba1\\u7406\\u8005";
          String d = \"""
              複数行
              \""";
          char e = '\\'';
          String f = "a\\"b";
        }
        """;
    List<Literal> found = literals(source);
    assertThat(found)
        .extracting(Literal::value)
        .containsExactly(
            "https://example.jp/*not-a-comment*/", "エラー：", "字", "管理者", "複数行\n", "'", "a\"b");
    assertThat(found).filteredOn(l -> japanese(l.value())).hasSize(4);
    assertThat(found.get(1).line()).isEqualTo(5);
  }

  record Literal(String value, int line) {}

  static boolean japanese(String s) {
    return s.codePoints()
        .mapToObj(Character.UnicodeScript::of)
        .anyMatch(
            script ->
                script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN);
  }

  /** The string, text-block and character literals of a Java source, comments skipped. */
  static List<Literal> literals(String src) {
    List<Literal> result = new ArrayList<>();
    int i = 0;
    int line = 1;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (src.startsWith("//", i)) {
        while (i < n && src.charAt(i) != '\n') i++;
      } else if (src.startsWith("/*", i)) {
        int end = src.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(src, i, end);
        i = end;
      } else if (src.startsWith("\"\"\"", i)) {
        int start = src.indexOf('\n', i) + 1;
        int end = closing(src, start, "\"\"\"");
        result.add(new Literal(unescape(stripIndent(src.substring(start, end))), line));
        line += count(src, i, end + 3);
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int end = closing(src, i + 1, String.valueOf(c));
        result.add(new Literal(unescape(src.substring(i + 1, end)), line));
        i = end + 1;
      } else {
        i++;
      }
    }
    return result;
  }

  /** The index of the unescaped {@code quote} from {@code from} on. */
  private static int closing(String src, int from, String quote) {
    int i = from;
    while (i < src.length()) {
      if (src.charAt(i) == '\\') {
        i += 2;
      } else if (src.startsWith(quote, i)) {
        return i;
      } else {
        i++;
      }
    }
    throw new IllegalStateException("unterminated literal at " + from);
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) if (s.charAt(i) == '\n') lines++;
    return lines;
  }

  private static String stripIndent(String block) {
    return block.stripIndent();
  }

  /** Decodes Java escapes, Unicode escapes included. */
  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      if (next == 'u') {
        while (i < s.length() && s.charAt(i) == 'u') i++;
        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
        i += 3;
      } else {
        out.append(
            switch (next) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              case 'b' -> '\b';
              case 'f' -> '\f';
              case 's' -> ' ';
              default -> next;
            });
      }
    }
    return out.toString();
  }
}
