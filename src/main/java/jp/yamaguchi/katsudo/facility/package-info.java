/**
 * The center's facility booking calendar: bookable facilities (印刷機, 交流コーナー（Zoomルーム）...), the time
 * slots of a day, and bookings entered by staff. The public sees availability only ({@link
 * jp.yamaguchi.katsudo.facility.FacilityCalendar}): who booked and the staff's note never leave the
 * admin screens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Facility")
package jp.yamaguchi.katsudo.facility;
