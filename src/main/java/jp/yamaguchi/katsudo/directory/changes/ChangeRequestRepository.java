package jp.yamaguchi.katsudo.directory.changes;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Change requests; {@link ChangeRequests} is its only user. */
interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

  Page<ChangeRequest> findByStateOrderByIdDesc(ChangeState state, Pageable page);

  Page<ChangeRequest> findByStateNotOrderByIdDesc(ChangeState state, Pageable page);

  List<ChangeRequest> findByEntryIdAndStateOrderByIdDesc(long entryId, ChangeState state);

  long countByState(ChangeState state);

  boolean existsByEntryIdAndState(long entryId, ChangeState state);

  /** Unconfirmed requests older than the cut-off (their confirmation link has long expired). */
  @Modifying
  @Query("delete from ChangeRequest c where c.state = :state and c.createdAt < :before")
  int deleteByStateAndCreatedAtBefore(
      @Param("state") ChangeState state, @Param("before") Instant before);
}
