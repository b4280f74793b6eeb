package jp.yamaguchi.katsudo.facility.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FacilitySlotRepository extends JpaRepository<FacilitySlot, Long> {

  List<FacilitySlot> findAllByOrderBySortOrderAscIdAsc();

  List<FacilitySlot> findByActiveTrueOrderBySortOrderAscIdAsc();
}
