package jp.yamaguchi.katsudo.account.domain;

import java.util.Optional;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.account.MemberStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberAccountRepository extends JpaRepository<MemberAccount, Long> {

  Optional<MemberAccount> findByLoginId(String loginId);

  Optional<MemberAccount> findByEmailHash(String emailHash);

  long countByOrganisationIdAndStatusNot(Long organisationId, MemberStatus status);

  long countByStatus(MemberStatus status);

  /** The admin list: every filter is optional; {@code loginId} is a LIKE pattern. */
  @Query(
      "select a from MemberAccount a where (:kind is null or a.kind = :kind)"
          + " and (:status is null or a.status = :status)"
          + " and (:loginId is null or a.loginId like :loginId escape '\\')"
          + " and (:emailHash is null or a.emailHash = :emailHash)")
  Page<MemberAccount> search(
      MemberKind kind, MemberStatus status, String loginId, String emailHash, Pageable pageable);
}
