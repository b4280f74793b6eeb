package jp.yamaguchi.katsudo.home.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HomeBannerRepository extends JpaRepository<HomeBanner, Long> {

  List<HomeBanner> findAllByOrderBySortOrderAscIdAsc();

  List<HomeBanner> findByMediaId(long mediaId);
}
