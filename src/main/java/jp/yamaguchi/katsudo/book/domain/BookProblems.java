package jp.yamaguchi.katsudo.book.domain;

import java.util.List;

/** The staff's book was refused: one or more values are wrong. */
public class BookProblems extends RuntimeException {

  private final transient List<BookProblem> problems;

  public BookProblems(List<BookProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<BookProblem> problems() {
    return problems;
  }
}
