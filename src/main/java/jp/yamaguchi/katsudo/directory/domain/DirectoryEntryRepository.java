package jp.yamaguchi.katsudo.directory.domain;

import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Directory entries; the module's services are its only users. */
public interface DirectoryEntryRepository
    extends JpaRepository<DirectoryEntry, Long>, JpaSpecificationExecutor<DirectoryEntry> {

  List<DirectoryEntry> findByOrganisationIdOrderByIdDesc(long organisationId);

  List<DirectoryEntry> findByRegistrantEmailHashOrderByIdDesc(String hash);

  /** Published entries, newest publication first. */
  @Query(
      """
      select e from DirectoryEntry e where e.review.state = :state
      order by e.review.firstPublishedAt desc, e.id desc
      """)
  List<DirectoryEntry> newest(@Param("state") ReviewState state, Pageable page);

  long countByReviewState(ReviewState state);

  /** Public registrations never confirmed: drafts by {@code actor} never submitted, made before. */
  @Query(
      """
      select e from DirectoryEntry e
      where e.review.state = jp.yamaguchi.katsudo.core.review.ReviewState.DRAFT
        and e.review.submittedAt is null and e.createdBy = :actor and e.createdAt < :before
      """)
  List<DirectoryEntry> unconfirmed(
      @Param("actor") String actor, @Param("before") java.time.Instant before);
}
