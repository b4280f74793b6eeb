package jp.yamaguchi.katsudo.facility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookingRepository extends JpaRepository<Booking, Long> {

  List<Booking> findByDateBetweenOrderByDateAscFacilityIdAscSlotIdAsc(LocalDate from, LocalDate to);

  List<Booking> findByFacilityIdAndDateBetween(long facilityId, LocalDate from, LocalDate to);

  Optional<Booking> findByFacilityIdAndDateAndSlotId(long facilityId, LocalDate date, long slotId);

  long countByDateGreaterThanEqual(LocalDate from);
}
