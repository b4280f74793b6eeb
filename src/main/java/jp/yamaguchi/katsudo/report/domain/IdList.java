package jp.yamaguchi.katsudo.report.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Lists of ids and codes kept in one column: {@code "3,5,8"} and {@code ",f01,f07,"}. */
final class IdList {

  private IdList() {}

  static List<Long> ids(String column) {
    if (column == null || column.isBlank()) return List.of();
    List<Long> ids = new ArrayList<>();
    for (String s : column.split(",")) {
      if (!s.isBlank()) ids.add(Long.valueOf(s.strip()));
    }
    return List.copyOf(ids);
  }

  static String ids(List<Long> ids) {
    if (ids == null) return "";
    return String.join(
        ",",
        new LinkedHashSet<>(ids).stream().filter(i -> i != null).map(String::valueOf).toList());
  }

  static List<String> codes(String column) {
    if (column == null || column.isBlank()) return List.of();
    return Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).toList();
  }

  /** Codes with a comma on both sides, so {@code like '%,code,%'} finds one. */
  static String codes(List<String> codes) {
    if (codes == null || codes.isEmpty()) return "";
    List<String> clean =
        new LinkedHashSet<>(codes).stream().filter(c -> c != null && !c.isBlank()).toList();
    return clean.isEmpty() ? "" : "," + String.join(",", clean) + ",";
  }
}
