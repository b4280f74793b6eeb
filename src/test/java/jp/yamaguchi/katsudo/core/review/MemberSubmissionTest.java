package jp.yamaguchi.katsudo.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review pattern for what members submit, with a test-only entity: a member (no staff account)
 * submits, staff publish or send back, and the submitter's own address gets the mail; staff cannot
 * publish a member's draft.
 */
@IntegrationTest
@Import({ReviewEventsTest.Recorder.class, MemberSubmissionTest.SubmitterMails.class})
class MemberSubmissionTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired ReviewWorkflow workflow;
  @Autowired ReviewHistory history;
  @Autowired TransactionTemplate transaction;
  @Autowired EntityManager entityManager;
  @Autowired JdbcTemplate jdbc;

  /**
   * What the owning module's mail listener looks like: it loads the item after the commit and mails
   * the address kept on it; StaffAccounts plays no part.
   */
  static class SubmitterMails {

    private final EntityManager entityManager;
    private final Mailer mailer;

    SubmitterMails(EntityManager entityManager, Mailer mailer) {
      this.entityManager = entityManager;
      this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(ReviewPublished event) {
      if (MemberSubmission.CONTENT_TYPE.equals(event.contentType())) {
        tell(event.id(), "reviewtest/published", null);
      }
    }

    @ApplicationModuleListener
    void on(ReviewSentBack event) {
      if (MemberSubmission.CONTENT_TYPE.equals(event.contentType())) {
        tell(event.id(), "reviewtest/returned", event.reason());
      }
    }

    private void tell(long id, String template, String reason) {
      MemberSubmission item = entityManager.find(MemberSubmission.class, id);
      if (item == null) return;
      Map<String, Object> model = new HashMap<>();
      model.put("title", item.reviewTitle());
      model.put("reason", reason);
      mailer.send(item.submitterEmail(), template, model);
    }
  }

  @BeforeEach
  void createTable() {
    jdbc.execute(MemberSubmission.DDL);
  }

  /** A member's key as the member module would choose it. */
  static String member() {
    return "member:" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1_000_000_000);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A member's submission as the member-facing service saves it: created and submitted at once. */
  long submit(String title, String email, String member) {
    return transaction.execute(
        status -> {
          MemberSubmission item = new MemberSubmission(title, email);
          entityManager.persist(item);
          workflow.created(item, member);
          workflow.submit(item, member);
          return item.reviewContentId();
        });
  }

  MemberSubmission load(long id) {
    return transaction.execute(status -> entityManager.find(MemberSubmission.class, id));
  }

  void act(long id, ReviewAction action, String actor, String reason) {
    transaction.executeWithoutResult(
        status ->
            workflow.perform(
                entityManager.find(MemberSubmission.class, id), action, actor, reason));
  }

  List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  @Test
  void aMemberSubmitsAndHearsByMailWhenStaffPublish() throws Exception {
    String member = member();
    String email = unique("volunteer") + "@example.org";
    String title = unique("海岸清掃ボランティア募集");
    long id = submit(title, email, member);

    MemberSubmission pending = load(id);
    assertThat(pending.review().state()).isEqualTo(ReviewState.PENDING);
    assertThat(pending.review().submittedBy()).isEqualTo(member);
    assertThat(pending.reviewActions())
        .containsExactly(ReviewAction.PUBLISH, ReviewAction.SEND_BACK, ReviewAction.WITHDRAW);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                ReviewEventsTest.Recorder.received.contains(
                    new ReviewSubmitted(MemberSubmission.CONTENT_TYPE, id, member)));

    act(id, ReviewAction.PUBLISH, "staff-reviewer", null);

    await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(email).size() == 1);
    MimeMessage mail = mailsTo(email).getFirst();
    assertThat(mail.getSubject()).isEqualTo("「" + title + "」を公開しました");
    MemberSubmission published = load(id);
    assertThat(published.review().state()).isEqualTo(ReviewState.PUBLISHED);
    assertThat(published.review().reviewedBy()).isEqualTo("staff-reviewer");
    assertThat(published.review().submittedBy()).isEqualTo(member);
    assertThat(history.of(MemberSubmission.CONTENT_TYPE, id))
        .extracting(ReviewHistory.Entry::actor, ReviewHistory.Entry::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("staff-reviewer", ReviewState.PUBLISHED),
            org.assertj.core.groups.Tuple.tuple(member, ReviewState.PENDING),
            org.assertj.core.groups.Tuple.tuple(member, ReviewState.DRAFT));
  }

  @Test
  void aSentBackSubmissionMailsTheReasonAndTheMemberSubmitsAgain() throws Exception {
    String member = member();
    String email = unique("group") + "@example.net";
    long id = submit(unique("子ども食堂の手伝い"), email, member);

    act(id, ReviewAction.SEND_BACK, "staff-reviewer", "活動日時を書いてください。");

    await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(email).size() == 1);
    assertThat((String) mailsTo(email).getFirst().getContent()).contains("理由：活動日時を書いてください。");
    assertThat(load(id).review().returnReason()).isEqualTo("活動日時を書いてください。");
    assertThat(load(id).reviewActions()).containsExactly(ReviewAction.SUBMIT);

    act(id, ReviewAction.SUBMIT, member, null);
    MemberSubmission again = load(id);
    assertThat(again.review().state()).isEqualTo(ReviewState.PENDING);
    assertThat(again.review().returnReason()).isNull();
  }

  @Test
  void staffCannotPublishAMembersDraft() {
    String member = member();
    long id =
        transaction.execute(
            status -> {
              MemberSubmission item = new MemberSubmission(unique("下書きのまま"), "a@example.org");
              entityManager.persist(item);
              workflow.created(item, member);
              return item.reviewContentId();
            });
    MemberSubmission draft = load(id);
    assertThat(draft.reviewActions()).containsExactly(ReviewAction.SUBMIT);
    assertThat(ReviewAction.PUBLISH.allowedFrom(ReviewState.DRAFT)).isTrue();
    assertThat(ReviewAction.PUBLISH.allowedFor(draft)).isFalse();

    assertThatThrownBy(() -> act(id, ReviewAction.PUBLISH, "staff-reviewer", null))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.messageId()).isEqualTo("e.review.transition"));
    assertThat(load(id).review().state()).isEqualTo(ReviewState.DRAFT);
    assertThat(history.of(MemberSubmission.CONTENT_TYPE, id)).hasSize(1);
  }

  @Test
  void anActorMustBeShortEnoughForTheHistory() {
    long id = submit(unique("長い名前"), "b@example.org", member());
    assertThatThrownBy(() -> act(id, ReviewAction.PUBLISH, " ", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> act(id, ReviewAction.PUBLISH, "x".repeat(101), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(load(id).review().state()).isEqualTo(ReviewState.PENDING);
  }
}
