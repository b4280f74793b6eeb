package jp.yamaguchi.katsudo.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.Mockito;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;

/** The transition table, checked pair by pair: every legal move works, every other is refused. */
class ReviewWorkflowTest {

  static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

  /** The expected table, written out independently of {@link ReviewAction}. */
  static final Map<ReviewAction, Set<ReviewState>> LEGAL =
      Map.of(
          ReviewAction.SUBMIT, EnumSet.of(ReviewState.DRAFT, ReviewState.RETURNED),
          ReviewAction.PUBLISH,
              EnumSet.of(ReviewState.PENDING, ReviewState.DRAFT, ReviewState.PRIVATE),
          ReviewAction.SEND_BACK, EnumSet.of(ReviewState.PENDING),
          ReviewAction.UNPUBLISH, EnumSet.of(ReviewState.PUBLISHED),
          ReviewAction.WITHDRAW, EnumSet.of(ReviewState.PENDING, ReviewState.PRIVATE));

  final ReviewLogRepository log = Mockito.mock(ReviewLogRepository.class);
  final List<Object> events = new ArrayList<>();
  final ApplicationEventPublisher publisher = events::add;
  final ReviewWorkflow workflow =
      new ReviewWorkflow(log, publisher, Clock.fixed(NOW, ZoneOffset.UTC));

  static class Item implements Reviewable {
    final Review review;

    Item(ReviewState state) {
      this.review = Review.imported(state, NOW.minusSeconds(3600), "someone", "直してください");
    }

    @Override
    public Review review() {
      return review;
    }

    @Override
    public String reviewContentType() {
      return "sample";
    }

    @Override
    public Long reviewContentId() {
      return 42L;
    }

    @Override
    public String reviewTitle() {
      return "見本";
    }
  }

  @Test
  void everyPairOfStateAndActionIsEitherLegalOrRefused() {
    int legal = 0;
    int refused = 0;
    for (ReviewState from : ReviewState.values()) {
      for (ReviewAction action : ReviewAction.values()) {
        Item item = new Item(from);
        events.clear();
        Mockito.clearInvocations(log);
        if (LEGAL.get(action).contains(from)) {
          ReviewState to = workflow.perform(item, action, "reviewer", "理由があります");
          assertThat(to).as(from + " " + action).isEqualTo(action.target());
          assertThat(item.review().state()).isEqualTo(action.target());
          Mockito.verify(log).save(Mockito.any(ReviewLogEntry.class));
          legal++;
        } else {
          assertThatThrownBy(() -> workflow.perform(item, action, "reviewer", "理由があります"))
              .as(from + " " + action)
              .isInstanceOfSatisfying(
                  BusinessException.class,
                  e -> {
                    assertThat(e.messageId()).isEqualTo("e.review.transition");
                    assertThat(e.arguments())
                        .extracting(a -> ((MessageSourceResolvable) a).getCodes()[0])
                        .containsExactly(from.messageKey(), action.messageKey());
                  });
          assertThat(item.review().state()).as("unchanged").isEqualTo(from);
          Mockito.verifyNoInteractions(log);
          assertThat(events).isEmpty();
          refused++;
        }
      }
    }
    assertThat(legal).isEqualTo(9);
    assertThat(refused).isEqualTo(16);
  }

  @ParameterizedTest
  @EnumSource(ReviewState.class)
  void stateListsExactlyItsLegalActions(ReviewState state) {
    assertThat(state.actions())
        .containsExactlyInAnyOrderElementsOf(
            LEGAL.entrySet().stream()
                .filter(e -> e.getValue().contains(state))
                .map(Map.Entry::getKey)
                .toList());
  }

  @Test
  void sendBackNeedsAReasonAndKeepsIt() {
    Item item = new Item(ReviewState.PENDING);
    assertThatThrownBy(() -> workflow.sendBack(item, "admin", "  \n "))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.messageId()).isEqualTo("e.review.reason.required"));
    assertThatThrownBy(() -> workflow.sendBack(item, "admin", "あ".repeat(Review.MAX_REASON + 1)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.messageId()).isEqualTo("e.review.reason.tooLong"));
    assertThat(item.review().state()).isEqualTo(ReviewState.PENDING);
    assertThat(events).isEmpty();

    workflow.sendBack(item, "admin", "  日付が違います。\n会場も書いてください。 ");

    assertThat(item.review().state()).isEqualTo(ReviewState.RETURNED);
    assertThat(item.review().returnReason()).isEqualTo("日付が違います。\n会場も書いてください。");
    assertThat(item.review().reviewedBy()).isEqualTo("admin");
    assertThat(item.review().reviewedAt()).isEqualTo(NOW);
    assertThat(events)
        .containsExactly(new ReviewSentBack("sample", 42L, "admin", "日付が違います。\n会場も書いてください。"));
  }

  @Test
  void publishRecordsWhoAndWhenAndTheFirstPublicationOnlyOnce() {
    Item item = new Item(ReviewState.DRAFT);
    workflow.submit(item, "editor");
    assertThat(item.review().submittedBy()).isEqualTo("editor");
    assertThat(item.review().submittedAt()).isEqualTo(NOW);

    workflow.publish(item, "admin");
    assertThat(item.review().reviewedBy()).isEqualTo("admin");
    assertThat(item.review().firstPublishedAt()).isEqualTo(NOW);
    assertThat(events)
        .containsExactly(
            new ReviewSubmitted("sample", 42L, "editor"),
            new ReviewPublished("sample", 42L, "admin", ReviewState.PENDING),
            new ContentChanged("sample", 42L));

    events.clear();
    workflow.unpublish(item, "admin");
    assertThat(events)
        .containsExactly(
            new ReviewUnpublished("sample", 42L, "admin"), new ContentChanged("sample", 42L));

    events.clear();
    Instant first = item.review().firstPublishedAt();
    ReviewWorkflow later =
        new ReviewWorkflow(log, publisher, Clock.fixed(NOW.plusSeconds(600), ZoneOffset.UTC));
    later.publish(item, "admin2");
    assertThat(item.review().firstPublishedAt()).isEqualTo(first);
    assertThat(item.review().reviewedAt()).isEqualTo(NOW.plusSeconds(600));
    assertThat(events)
        .containsExactly(
            new ReviewPublished("sample", 42L, "admin2", ReviewState.PRIVATE),
            new ContentChanged("sample", 42L));
  }

  @Test
  void resubmittingClearsTheReturnReason() {
    Item item = new Item(ReviewState.RETURNED);
    assertThat(item.review().returnReason()).isEqualTo("直してください");
    workflow.submit(item, "editor");
    assertThat(item.review().returnReason()).isNull();
    assertThat(item.review().state()).isEqualTo(ReviewState.PENDING);
  }

  @Test
  void anUnsavedItemCannotBeReviewed() {
    Reviewable unsaved =
        new Item(ReviewState.DRAFT) {
          @Override
          public Long reviewContentId() {
            return null;
          }
        };
    assertThatThrownBy(() -> workflow.submit(unsaved, "editor"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(unsaved.review().state()).isEqualTo(ReviewState.DRAFT);
  }
}
