package jp.yamaguchi.katsudo.event.web;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org Event of an event's detail page, as JSON-LD. Built with Jackson, then every {@code
 * <} is written as {@code \u003c} so no text of the event can close the {@code <script>} element
 * that carries it (the value stays the same JSON).
 */
@Component
class EventJsonLd {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final KatsudoProperties properties;

  EventJsonLd(KatsudoProperties properties) {
    this.properties = properties;
  }

  String of(EventItem item) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", "https://schema.org");
    m.put("@type", "Event");
    m.put("name", item.getTitle());
    m.put("startDate", start(item));
    m.put("endDate", end(item));
    m.put("eventStatus", "https://schema.org/EventScheduled");
    m.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
    if (item.getVenue() != null) {
      Map<String, Object> place = new LinkedHashMap<>();
      place.put("@type", "Place");
      place.put("name", item.getVenue());
      place.put("address", item.getVenue());
      m.put("location", place);
    }
    Map<String, Object> organizer = new LinkedHashMap<>();
    organizer.put("@type", "Organization");
    organizer.put("name", item.getOrganiser());
    m.put("organizer", organizer);
    m.put("description", item.getBody());
    m.put("url", properties.baseUrl() + item.publicPath());
    return safe(JSON.writeValueAsString(m));
  }

  /** JSON that can sit inside a script element: no {@code <}, no line separators. */
  static String safe(String json) {
    return json.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }

  private static String start(EventItem item) {
    if (item.getStartTime() == null) return item.getStartDate().toString();
    return LocalDateTime.of(item.getStartDate(), item.getStartTime())
        .atZone(ClockConfig.ZONE)
        .toOffsetDateTime()
        .toString();
  }

  private static String end(EventItem item) {
    if (item.getStartTime() == null || item.getEndTime() == null) {
      return item.getEndDate().toString();
    }
    return LocalDateTime.of(item.getEndDate(), item.getEndTime())
        .atZone(ClockConfig.ZONE)
        .toOffsetDateTime()
        .toString();
  }
}
