package jp.yamaguchi.katsudo.book.web;

import java.util.List;
import java.util.Set;
import jp.yamaguchi.katsudo.book.domain.BookQuery;
import jp.yamaguchi.katsudo.core.lists.Choice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The orders a list of books can be shown in, as choices of a select. */
final class BookSorts {

  private BookSorts() {}

  static List<Choice> options(MessageSource messages) {
    return BookQuery.SORTS.stream()
        .map(
            s ->
                new Choice(
                    s,
                    messages.getMessage("book.sort." + s, null, LocaleContextHolder.getLocale()),
                    Set.of()))
        .toList();
  }
}
