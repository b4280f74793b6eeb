package jp.yamaguchi.katsudo.core.review;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the review history of an item for the admin, newest first. */
@Service
public class ReviewHistory {

  private final ReviewLogRepository log;

  ReviewHistory(ReviewLogRepository log) {
    this.log = log;
  }

  /**
   * One step of an item's history.
   *
   * @param at when
   * @param actor who: a staff username, or the member or public key of a submission (see the
   *     package documentation)
   * @param from the state before, or null for the item's creation or import
   * @param to the state after
   * @param comment the reason of a send-back, or another remark; may be null
   */
  public record Entry(Instant at, String actor, ReviewState from, ReviewState to, String comment) {

    /** When, in Japan time. */
    public LocalDateTime localAt() {
      return LocalDateTime.ofInstant(at, ClockConfig.ZONE);
    }

    /** The comment's lines, for showing its line breaks without markup in the text. */
    public List<String> commentLines() {
      return lines(comment);
    }
  }

  /** A reason's lines, for templates that show its line breaks ({@code <br>} between lines). */
  public static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().toList();
  }

  @Transactional(readOnly = true)
  public List<Entry> of(String contentType, long id) {
    return log.findByContentTypeAndContentIdOrderByActedAtDescIdDesc(contentType, id).stream()
        .map(ReviewLogEntry::entry)
        .toList();
  }

  @Transactional(readOnly = true)
  public List<Entry> of(Reviewable item) {
    return of(item.reviewContentType(), item.reviewContentId());
  }
}
