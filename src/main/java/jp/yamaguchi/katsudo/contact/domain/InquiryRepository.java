package jp.yamaguchi.katsudo.contact.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InquiryRepository extends JpaRepository<Inquiry, Long> {

  Page<Inquiry> findByHandled(boolean handled, Pageable pageable);

  long countByHandled(boolean handled);
}
