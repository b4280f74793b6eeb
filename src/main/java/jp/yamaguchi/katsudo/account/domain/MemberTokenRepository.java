package jp.yamaguchi.katsudo.account.domain;

import java.time.Instant;
import java.util.Optional;
import jp.yamaguchi.katsudo.account.TokenPurpose;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MemberTokenRepository extends JpaRepository<MemberToken, Long> {

  Optional<MemberToken> findByTokenHash(String tokenHash);

  /** Marks the unused tokens of an account (of one purpose, or all when null) as used. */
  @Modifying
  @Query(
      "update MemberToken t set t.usedAt = :now where t.accountId = :accountId"
          + " and (:purpose is null or t.purpose = :purpose) and t.usedAt is null")
  int retire(long accountId, TokenPurpose purpose, Instant now);

  /** Erases the new addresses of an account's email-change tokens (account deletion). */
  @Modifying
  @Query("update MemberToken t set t.newEmail = null where t.accountId = :accountId")
  int eraseAddresses(long accountId);
}
