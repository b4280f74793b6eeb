package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The visitor's text size and colour scheme, kept in two cookies. Unknown values fall back to the
 * standard ones, so a forged cookie can never reach the markup.
 */
public record DisplayPreferences(String textSize, String colorScheme) {

  public static final String TEXT_COOKIE = "ks_text";
  public static final String COLOR_COOKIE = "ks_color";
  public static final List<String> TEXT_SIZES = List.of("standard", "large", "xlarge");
  public static final List<String> COLOR_SCHEMES = List.of("standard", "inverse", "blue");
  public static final DisplayPreferences STANDARD = new DisplayPreferences("standard", "standard");

  public DisplayPreferences {
    textSize = textSize != null && TEXT_SIZES.contains(textSize) ? textSize : "standard";
    colorScheme =
        colorScheme != null && COLOR_SCHEMES.contains(colorScheme) ? colorScheme : "standard";
  }

  public static DisplayPreferences of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) return STANDARD;
    String text = null;
    String color = null;
    for (Cookie c : cookies) {
      if (TEXT_COOKIE.equals(c.getName())) text = c.getValue();
      else if (COLOR_COOKIE.equals(c.getName())) color = c.getValue();
    }
    return new DisplayPreferences(text, color);
  }

  /** A short stable key for caching pages rendered with these preferences. */
  public String cacheKey() {
    return textSize + "/" + colorScheme;
  }
}
