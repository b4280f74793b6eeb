package jp.yamaguchi.katsudo.account.domain;

import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.account.StaffRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

  Optional<StaffAccount> findByUsername(String username);

  List<StaffAccount> findAllByOrderByUsernameAsc();

  @Query(
      "select a from StaffAccount a where (:role is null or a.role = :role)"
          + " and (:enabled is null or a.enabled = :enabled)")
  Page<StaffAccount> search(StaffRole role, Boolean enabled, Pageable pageable);
}
