package jp.yamaguchi.katsudo.demo;

/** How much demo data to load. */
public enum DemoScale {
  NONE,
  STANDARD,
  FULL;

  public static DemoScale of(String value) {
    return value == null || value.isBlank() ? NONE : valueOf(value.trim().toUpperCase());
  }
}
