package jp.yamaguchi.katsudo.media.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MediaFileRepository
    extends JpaRepository<MediaFile, Long>, JpaSpecificationExecutor<MediaFile> {

  Optional<MediaFile> findByStoredName(String storedName);
}
