package jp.yamaguchi.katsudo.page.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two text versions (java-diff-utils), every line kept: unchanged lines for context,
 * deleted lines of the old version and inserted lines of the new one where they differ.
 */
public final class PageDiff {

  /** One line of the diff; {@code op} is {@code equal}, {@code delete} or {@code insert}. */
  public record Line(String op, String text) {}

  /**
   * The whole diff.
   *
   * @param lines every line, in reading order
   * @param inserted how many lines the new version adds
   * @param deleted how many lines it removes
   */
  public record Result(List<Line> lines, int inserted, int deleted) {
    public boolean same() {
      return inserted == 0 && deleted == 0;
    }
  }

  private PageDiff() {}

  public static Result of(List<String> from, List<String> to) {
    Patch<String> patch = DiffUtils.diff(from, to);
    List<Line> out = new ArrayList<>();
    int inserted = 0;
    int deleted = 0;
    int pos = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      while (pos < start) out.add(new Line("equal", from.get(pos++)));
      for (String line : delta.getSource().getLines()) {
        out.add(new Line("delete", line));
        deleted++;
      }
      for (String line : delta.getTarget().getLines()) {
        out.add(new Line("insert", line));
        inserted++;
      }
      pos = start + delta.getSource().size();
    }
    while (pos < from.size()) out.add(new Line("equal", from.get(pos++)));
    return new Result(out, inserted, deleted);
  }
}
