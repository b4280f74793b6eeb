package jp.yamaguchi.katsudo.core.terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TermsVersionRepository extends JpaRepository<TermsVersion, Long> {

  List<TermsVersion> findByKindOrderByVersionDesc(TermsKind kind);

  Optional<TermsVersion> findFirstByKindAndEffectiveOnLessThanEqualOrderByVersionDesc(
      TermsKind kind, LocalDate day);

  Optional<TermsVersion> findFirstByKindOrderByVersionDesc(TermsKind kind);

  Optional<TermsVersion> findByKindAndVersion(TermsKind kind, int version);
}
