package jp.yamaguchi.katsudo.account.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

  Optional<StaffAccount> findByUsername(String username);

  List<StaffAccount> findAllByOrderByUsernameAsc();
}
