/**
 * イベント・募集 of Supernet: events, courses and calls for participation (works, opinions...). Staff
 * write and review them with the core review pattern; the public browses a list, a month calendar,
 * searches, an archive of past events, iCal feeds, and posts its own (仮登録, confirmed by mail).
 *
 * <p>Public API: {@link jp.yamaguchi.katsudo.event.EventKind} and {@link
 * jp.yamaguchi.katsudo.event.OrganiserLinks} (the hook through which the directory module links an
 * event to its organiser's entry).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package jp.yamaguchi.katsudo.event;
