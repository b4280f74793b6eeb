package jp.yamaguchi.katsudo.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Merges of parallel branches have twice damaged the one stylesheet (blocks cut, later rules nested
 * in an unclosed one): its braces balance, and no file keeps a merge conflict marker.
 */
class StylesheetTest {

  static final Path CSS = Path.of("src/main/resources/static/css/site.css");

  @Test
  void theStylesheetsBracesBalance() throws IOException {
    String css = Files.readString(CSS);
    String code =
        css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"[^\"\\n]*+\"|'[^'\\n]*+'", "");
    int depth = 0;
    int line = 1;
    List<Integer> opened = new ArrayList<>();
    for (char c : code.toCharArray()) {
      if (c == '\n') line++;
      if (c == '{') {
        depth++;
        opened.add(line);
      } else if (c == '}') {
        depth--;
        assertThat(depth).as("a } without its { near line " + line).isNotNegative();
        opened.removeLast();
      }
    }
    assertThat(opened).as("lines (without comments) of blocks never closed").isEmpty();
  }

  @Test
  void noFileKeepsAMergeConflictMarker() throws IOException {
    Pattern marker = Pattern.compile("^(<<<<<<< |>>>>>>> |=======$)", Pattern.MULTILINE);
    List<String> marked = new ArrayList<>();
    for (Path root : List.of(Path.of("src"), Path.of("docs"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          String name = p.toString();
          if (!name.matches(".*\\.(java|html|css|js|properties|yml|sql|md|txt)$")) continue;
          if (name.contains("/vendor/")) continue;
          if (marker.matcher(Files.readString(p)).find()) marked.add(name);
        }
      }
    }
    assertThat(marked).isEmpty();
  }
}
