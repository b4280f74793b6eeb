package jp.yamaguchi.katsudo.event;

import java.util.List;
import jp.yamaguchi.katsudo.event.domain.EventContent;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import org.springframework.stereotype.Service;

/** Brings many events in at once: the demo data and, later, the legacy migration. */
@Service
public class EventImport {

  private final EventEditing editing;

  EventImport(EventEditing editing) {
    this.editing = editing;
  }

  /** Whether no event exists yet. */
  public boolean isEmpty() {
    return editing.count() == 0;
  }

  /**
   * Saves the events in one transaction, in batches, each with a first history row; no mails.
   *
   * @param actor who imports (recorded as creator and in the history)
   * @return how many were saved
   */
  public int importAll(List<ImportedEvent> events, String actor) {
    return editing.importAll(
        events.stream()
            .map(
                e ->
                    new EventEditing.ImportedEvent(
                        new EventContent(
                            e.kind(),
                            e.title(),
                            e.organiser(),
                            null,
                            e.startDate(),
                            e.endDate() == null ? e.startDate() : e.endDate(),
                            e.startTime(),
                            e.endTime(),
                            e.dateText(),
                            e.venue(),
                            e.purpose(),
                            e.body(),
                            e.fields() == null ? List.of() : e.fields(),
                            e.targetArea(),
                            e.municipalities() == null ? List.of() : e.municipalities(),
                            e.fee(),
                            e.audience(),
                            e.applyFrom(),
                            e.applyTo(),
                            e.applyMethod(),
                            e.contact(),
                            e.cosponsors(),
                            e.url(),
                            List.of()),
                        e.state()))
            .toList(),
        actor);
  }
}
