package jp.yamaguchi.katsudo.core.lists;

import java.util.Set;

/** A list choice as forms and pages use it. */
public record Choice(String code, String label, Set<String> flags) {
  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
