package jp.yamaguchi.katsudo.home.web;

import java.util.Arrays;
import java.util.List;

/** The staff's plain text of the variable slot as paragraphs (blank lines) of lines. */
public final class SlotText {

  private SlotText() {}

  public static List<List<String>> paragraphs(String text) {
    if (text == null || text.isBlank()) return List.of();
    return Arrays.stream(text.strip().split("\\R\\s*\\R"))
        .filter(p -> !p.isBlank())
        .map(p -> Arrays.stream(p.strip().split("\\R")).map(String::strip).toList())
        .toList();
  }
}
