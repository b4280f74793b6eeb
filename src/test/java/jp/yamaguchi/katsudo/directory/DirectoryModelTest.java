package jp.yamaguchi.katsudo.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jp.yamaguchi.katsudo.account.Organisations;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.domain.DirectoryContent;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DirectoryModelTest {

  @Autowired DirectoryEntries entries;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aDraftKeepsEveryFieldOnItsOwnOrganisationRecord() {
    String name = DirectoryFixtures.unique("環境の会");
    DirectoryContent c = DirectoryFixtures.group(name);
    long id = entries.createDraft(c, DirectoryEntries.PUBLIC_ACTOR);

    DirectoryEntry e = entries.get(id);
    assertThat(e.getReview().state()).isEqualTo(ReviewState.DRAFT);
    assertThat(e.content()).isEqualTo(c);
    assertThat(organisations.get(e.getOrganisationId()).orElseThrow().name()).isEqualTo(name);
    assertThat(entries.findPublic(id)).isEmpty();
    assertThat(entries.byRegistrantEmail(c.registrantEmail().toUpperCase()))
        .extracting(DirectoryHeadline::id)
        .containsExactly(id);
  }

  @Test
  void registrantDataIsEncryptedAtRestAndInTheAuditTable() {
    DirectoryContent c = DirectoryFixtures.group(DirectoryFixtures.unique("暗号の会"));
    long id = entries.createDraft(c, DirectoryEntries.PUBLIC_ACTOR);
    var row =
        jdbc.queryForMap(
            "select registrant_name, registrant_phone, registrant_email, registrant_email_hash"
                + " from directory_entry where id = ?",
            id);
    assertThat(row.values())
        .allSatisfy(
            v ->
                assertThat(String.valueOf(v))
                    .doesNotContain("登録一郎", "090-0000-0000", "@example.jp"));
    assertThat(
            jdbc.queryForObject(
                "select registrant_email from directory_entry_aud where id = ?", String.class, id))
        .doesNotContain("@example.jp");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from directory_entry_field_aud where entry_id = ?",
                Long.class,
                id))
        .isEqualTo(2L);
  }

  @Test
  void thePublicViewHasLabelsAndNoPrivateField() {
    DirectoryContent c = DirectoryFixtures.group(DirectoryFixtures.unique("公開の会"));
    long id = entries.createDraft(c, DirectoryEntries.PUBLIC_ACTOR);
    DirectoryEntryView v = entries.view(id).orElseThrow();
    assertThat(v.classification()).isEqualTo("任意団体");
    assertThat(v.activityFields()).containsExactly("まちづくりの推進", "環境の保全");
    assertThat(v.targetMunicipalities()).containsExactly("宇部市", "山口市");
    assertThat(v.municipality()).isEqualTo("山口市");
    assertThat(v.prefecture()).isEqualTo("山口県");
    assertThat(v.links()).containsExactly(new DirectoryLink("https://example.jp/", "団体のホームページ"));
    assertThat(v.toString()).doesNotContain("登録一郎", "090-0000-0000", c.registrantEmail());
  }

  @Test
  void unconfirmedRegistrationsAreDeletedAfterTwoWeeks() {
    long old =
        entries.createDraft(DirectoryFixtures.group(DirectoryFixtures.unique("古い下書き")), "public");
    long recent =
        entries.createDraft(DirectoryFixtures.group(DirectoryFixtures.unique("新しい下書き")), "public");
    long submitted =
        entries.createDraft(DirectoryFixtures.group(DirectoryFixtures.unique("確認済み")), "public");
    entries.submit(submitted, "public");
    jdbc.update(
        "update directory_entry set created_at = created_at - interval '20' day where id in (?, ?)",
        old,
        submitted);
    assertThat(entries.deleteUnconfirmed(java.time.Duration.ofDays(14))).isGreaterThanOrEqualTo(1);
    assertThat(entries.find(old)).isEmpty();
    assertThat(entries.find(recent)).isPresent();
    assertThat(entries.find(submitted)).isPresent();
  }
}
