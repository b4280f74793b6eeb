package jp.yamaguchi.katsudo.core.redirect;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LegacyRedirectRepository extends JpaRepository<LegacyRedirect, Long> {

  Optional<LegacyRedirect> findByOldPath(String oldPath);

  Page<LegacyRedirect> findByOldPathContainingIgnoreCaseOrNewUrlContainingIgnoreCase(
      String oldPath, String newUrl, Pageable pageable);

  @Modifying
  @Query("update LegacyRedirect r set r.hits = r.hits + ?2 where r.id = ?1")
  void countHits(long id, long hits);
}
