package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Answers the text-size and colour switch. A plain form submit (no JavaScript) gets a redirect back
 * to the page it came from; the script's fetch gets 204. It only stores a display preference in a
 * cookie, so it is a safe, idempotent GET and leaves public pages free of CSRF tokens.
 */
@Controller
public class DisplayController {

  private static final Duration ONE_YEAR = Duration.ofDays(365);
  private final KatsudoProperties properties;

  public DisplayController(KatsudoProperties properties) {
    this.properties = properties;
  }

  @GetMapping("/display")
  public ResponseEntity<Void> change(
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "color", required = false) String color,
      @RequestParam(name = "back", required = false) String back,
      @RequestHeader(name = "X-Requested-With", required = false) String requestedWith,
      HttpServletResponse response) {
    var prefs = new DisplayPreferences(text, color);
    var builder =
        "fetch".equals(requestedWith)
            ? ResponseEntity.noContent()
            : ResponseEntity.status(303)
                .header(HttpHeaders.LOCATION, SafeRedirects.localPathOr(back, "/"));
    return builder
        .header(HttpHeaders.SET_COOKIE, cookie(DisplayPreferences.TEXT_COOKIE, prefs.textSize()))
        .header(
            HttpHeaders.SET_COOKIE, cookie(DisplayPreferences.COLOR_COOKIE, prefs.colorScheme()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private String cookie(String name, String value) {
    return ResponseCookie.from(name, value)
        .path("/")
        .maxAge(ONE_YEAR)
        .sameSite("Lax")
        .secure(properties.cookieSecure())
        .httpOnly(true)
        .build()
        .toString();
  }
}
