package jp.yamaguchi.katsudo.news.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.news.NewsFixtures;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/**
 * Every rule {@link NewsEditing} checks on what staff typed ends up next to its field (and so as a
 * link in the error summary), never only at the top of the form: the controller's mapping knows
 * each message ID the service raises, and each message resolves to Japanese.
 */
@IntegrationTest
class NewsFormErrorsTest {

  @Autowired NewsEditing editing;
  @Autowired MessageSource messages;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SUPERNET  | NEWS        | 201 | 本文   | title | タイトルは200文字以内で入力してください。",
        "SUPERNET  | NEWS        | 0   | 本文   | title | タイトルを入力してください。",
        "AIKASANET | CENTER_NEWS | 10  | 本文   | kind  | センターからのお知らせは、県民活動スーパーネットだけに掲載できます。サイトか種類を選び直してください。",
        "SUPERNET  | NEWS        | 10  | <p> </p> | body  | 本文に表示できる文章がありません。本文を入力してください。"
      })
  void aRefusedSaveIsShownAtItsField(
      Site site, NewsKind kind, int titleLength, String body, String field, String message) {
    String title = titleLength == 0 ? "  " : "長".repeat(titleLength);
    BusinessException refused =
        catchThrowableOfType(
            BusinessException.class,
            () ->
                editing.create(
                    new NewsContent(site, kind, title, body, LocalDate.of(2026, 4, 1)),
                    NewsFixtures.unique("editor")));
    assertThat(refused).isNotNull();

    var binding = new BeanPropertyBindingResult(new NewsForm(), "form");
    NewsAdminController.reject(binding, refused);

    assertThat(binding.getGlobalErrors()).isEmpty();
    FieldError error = binding.getFieldError(field);
    assertThat(error).isNotNull();
    assertThat(messages.getMessage(error, Locale.JAPANESE)).isEqualTo(message);
  }
}
