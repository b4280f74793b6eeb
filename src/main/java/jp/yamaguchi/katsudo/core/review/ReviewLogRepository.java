package jp.yamaguchi.katsudo.core.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

  List<ReviewLogEntry> findByContentTypeAndContentIdOrderByActedAtDescIdDesc(
      String contentType, Long contentId);
}
