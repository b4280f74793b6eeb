package jp.yamaguchi.katsudo.page;

import java.util.List;
import jp.yamaguchi.katsudo.core.web.BusinessException;

/** A page could not be saved as entered; each problem names its field. Nothing was changed. */
public class PageInvalidException extends BusinessException {

  private final transient List<PageProblem> problems;

  public PageInvalidException(List<PageProblem> problems) {
    super("e.page.invalid");
    this.problems = List.copyOf(problems);
  }

  public List<PageProblem> problems() {
    return problems;
  }
}
