package jp.yamaguchi.katsudo.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review events reach {@code @ApplicationModuleListener}s only after the transaction that made
 * the move commits, and never when it rolls back; the history row is written with the move.
 */
@IntegrationTest
// the same imports as MemberSubmissionTest, so both share one application context
@Import({ReviewEventsTest.Recorder.class, MemberSubmissionTest.SubmitterMails.class})
class ReviewEventsTest {

  @Autowired ReviewWorkflow workflow;
  @Autowired ReviewHistory history;
  @Autowired TransactionTemplate transaction;

  @TestConfiguration
  static class Recorder {
    /** Static: the bean is proxied (the listener methods are transactional). */
    static final List<Object> received = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(ReviewPublished event) {
      received.add(event);
    }

    @ApplicationModuleListener
    void on(ReviewSentBack event) {
      received.add(event);
    }

    @ApplicationModuleListener
    void on(ReviewSubmitted event) {
      received.add(event);
    }
  }

  static final class Sample implements Reviewable {
    final long id = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
    final Review review;

    Sample(ReviewState state) {
      review = Review.imported(state, TestClock.START, "test", null);
    }

    @Override
    public Review review() {
      return review;
    }

    @Override
    public String reviewContentType() {
      return "review-test";
    }

    @Override
    public Long reviewContentId() {
      return id;
    }

    @Override
    public String reviewTitle() {
      return "テスト";
    }
  }

  @Test
  void publishedEventArrivesOnlyAfterTheCommit() throws InterruptedException {
    Sample item = new Sample(ReviewState.PENDING);
    transaction.executeWithoutResult(
        status -> {
          workflow.publish(item, "reviewer-a");
          try {
            Thread.sleep(300);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          assertThat(Recorder.received)
              .as("nothing is delivered before the commit")
              .noneMatch(e -> e instanceof ReviewPublished p && p.id() == item.id);
        });
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Recorder.received.contains(
                    new ReviewPublished(
                        "review-test", item.id, "reviewer-a", ReviewState.PENDING)));
    assertThat(history.of("review-test", item.id))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("reviewer-a");
              assertThat(e.from()).isEqualTo(ReviewState.PENDING);
              assertThat(e.to()).isEqualTo(ReviewState.PUBLISHED);
            });
  }

  @Test
  void sentBackEventCarriesTheReasonAfterTheCommit() {
    Sample item = new Sample(ReviewState.DRAFT);
    transaction.executeWithoutResult(status -> workflow.submit(item, "editor-a"));
    transaction.executeWithoutResult(
        status -> workflow.sendBack(item, "reviewer-b", "写真の説明が足りません。"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Recorder.received.contains(
                        new ReviewSentBack("review-test", item.id, "reviewer-b", "写真の説明が足りません。"))
                    && Recorder.received.contains(
                        new ReviewSubmitted("review-test", item.id, "editor-a")));
    assertThat(history.of("review-test", item.id))
        .extracting(ReviewHistory.Entry::to, ReviewHistory.Entry::comment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReviewState.RETURNED, "写真の説明が足りません。"),
            org.assertj.core.groups.Tuple.tuple(ReviewState.PENDING, null));
  }

  @Test
  void nothingIsDeliveredOrLoggedWhenTheTransactionRollsBack() throws InterruptedException {
    Sample item = new Sample(ReviewState.PENDING);
    transaction.executeWithoutResult(
        status -> {
          workflow.publish(item, "reviewer-c");
          status.setRollbackOnly();
        });
    Thread.sleep(1000);
    assertThat(Recorder.received)
        .noneMatch(e -> e instanceof ReviewPublished p && p.id() == item.id);
    assertThat(history.of("review-test", item.id)).isEmpty();
  }
}
