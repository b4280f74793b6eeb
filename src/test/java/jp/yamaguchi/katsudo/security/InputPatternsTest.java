package jp.yamaguchi.katsudo.security;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.contact.web.ContactForm;
import jp.yamaguchi.katsudo.core.content.HtmlSanitizer;
import jp.yamaguchi.katsudo.event.web.EventPostForm;
import jp.yamaguchi.katsudo.grant.web.GrantPostForm;
import jp.yamaguchi.katsudo.report.web.ReportPostForm;
import jp.yamaguchi.katsudo.support.CpuTime;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regular expressions that check what anyone can type into the public forms run in linear time
 * (docs/security.md 「入力に使う正規表現」): every field, filled with the inputs that make a backtracking
 * pattern slow (long runs that almost match), is checked in well under a second of processor time.
 * The contact form's phone pattern needed quadratic time on a run of spaces (20,000 spaces: 46 s)
 * and its address pattern overflowed the stack on a long run of {@code .a} — both before the bean
 * validation had even looked at the length.
 */
class InputPatternsTest {

  private static final int LENGTH = 256 * 1024;

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  /** Inputs that almost match the patterns in use, each about {@link #LENGTH} characters. */
  static List<String> adversarialInputs() {
    int n = LENGTH;
    return List.of(
        " ".repeat(n) + "x",
        "0 ".repeat(n / 2) + "x",
        "a".repeat(n) + "!",
        "A".repeat(n) + "@",
        "a@a" + ".a".repeat(n / 2) + "!",
        "a@a" + ".a".repeat(n / 2),
        "a@" + ".".repeat(n) + " ",
        "a@" + "a.".repeat(n / 2) + "@",
        "0".repeat(n) + "x",
        "0-".repeat(n / 2) + "x",
        "あ".repeat(n) + "x",
        " ,".repeat(n / 2) + "x",
        "<".repeat(n),
        "https://" + "a".repeat(n) + " x",
        "\u3000".repeat(n) + "x");
  }

  /** Every public form's fields that a pattern (or {@code @Email}) checks. */
  static final Map<Class<?>, List<String>> FIELDS =
      Map.of(
          ContactForm.class, List.of("name", "email", "phone"),
          EventPostForm.class, List.of("submitterName", "submitterEmail"),
          GrantPostForm.class,
              List.of(
                  "contactPostalCode",
                  "contactPhone",
                  "contactFax",
                  "contactEmail",
                  "url",
                  "submitterEmail"),
          ReportPostForm.class, List.of("orgNameKana", "relatedOrgIds", "url", "submitterEmail"));

  @Test
  void everyPublicFieldIsCheckedInLinearTime() {
    // the validator's first use of a class and of a message costs time of its own
    FIELDS.forEach((form, fields) -> fields.forEach(f -> validator.validateValue(form, f, "x!")));
    for (var form : FIELDS.entrySet()) {
      for (String field : form.getValue()) {
        for (String input : adversarialInputs()) {
          CpuTime.atMost(
              Duration.ofSeconds(1),
              () -> validator.validateValue(form.getKey(), field, input),
              () ->
                  form.getKey().getSimpleName()
                      + "."
                      + field
                      + " with "
                      + input.substring(0, 8)
                      + "…");
        }
      }
    }
  }

  /**
   * The tag patterns of the rich text ({@code <[^>]*>}, the links of PageText) are linear because
   * they only ever read the sanitizer's output, in which every {@code <} opens a tag that a {@code
   * >} closes before the next {@code <}, and every link is closed before the next one starts. A
   * bare {@code <} in what an editor typed comes out as {@code &lt;}.
   */
  @Test
  void theSanitizersOutputHasOnlyClosedTagsAndClosedLinks() {
    HtmlSanitizer sanitizer = new HtmlSanitizer();
    int n = 5_000;
    for (String input :
        List.of(
            "<".repeat(n),
            "<li".repeat(n),
            "<a href=\"https://example.jp/\">x".repeat(n),
            "<p><a href=\"/x\">".repeat(n),
            "< a".repeat(n),
            "<br ".repeat(n),
            "<p title=\"<<<\">x</p>".repeat(n))) {
      String html = sanitizer.clean(input);
      int open = -1;
      boolean inLink = false;
      for (int i = 0; i < html.length(); i++) {
        char ch = html.charAt(i);
        if (ch == '<') {
          Assertions.assertThat(open).as("a tag opened inside a tag at %d", i).isEqualTo(-1);
          open = i;
          if (html.startsWith("<a ", i) || html.startsWith("<a>", i)) {
            Assertions.assertThat(inLink).as("a link inside a link at %d", i).isFalse();
            inLink = true;
          } else if (html.startsWith("</a>", i)) {
            inLink = false;
          }
        } else if (ch == '>') {
          open = -1;
        }
      }
      Assertions.assertThat(open).as("an unclosed tag at the end").isEqualTo(-1);
      Assertions.assertThat(inLink).as("an unclosed link at the end").isFalse();
    }
  }
}
