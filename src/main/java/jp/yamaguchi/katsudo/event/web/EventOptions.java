package jp.yamaguchi.katsudo.event.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.event.EventKind;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the event forms and filters, and the labels of stored codes. */
@Component("eventOptions")
public class EventOptions {

  private final Lists lists;
  private final MessageSource messages;

  EventOptions(Lists lists, MessageSource messages) {
    this.lists = lists;
    this.messages = messages;
  }

  void addTo(Model model) {
    model.addAttribute(
        "kindOptions",
        Arrays.stream(EventKind.values())
            .map(
                k ->
                    new Choice(
                        k.name(),
                        messages.getMessage(k.messageKey(), null, LocaleContextHolder.getLocale()),
                        Set.of()))
            .toList());
    model.addAttribute("fieldOptions", lists.choices(ListKey.ACTIVITY_FIELD, "SUPERNET"));
    model.addAttribute("areaOptions", lists.choices(ListKey.TARGET_AREA));
    model.addAttribute("municipalityOptions", lists.choices(ListKey.MUNICIPALITY));
  }

  public String kind(EventKind kind) {
    return kind == null
        ? ""
        : messages.getMessage(kind.messageKey(), null, LocaleContextHolder.getLocale());
  }

  public List<String> fields(EventItem e) {
    return e.getFields().stream().map(c -> lists.label(ListKey.ACTIVITY_FIELD, c)).toList();
  }

  public String area(EventItem e) {
    return e.getTargetArea() == null ? "" : lists.label(ListKey.TARGET_AREA, e.getTargetArea());
  }

  public List<String> municipalities(EventItem e) {
    return e.getMunicipalities().stream().map(c -> lists.label(ListKey.MUNICIPALITY, c)).toList();
  }

  public List<String> fieldLabels(List<String> codes) {
    return codes.stream().map(c -> lists.label(ListKey.ACTIVITY_FIELD, c)).toList();
  }

  public String areaLabel(String code) {
    return code == null || code.isBlank() ? "" : lists.label(ListKey.TARGET_AREA, code);
  }

  public List<String> municipalityLabels(List<String> codes) {
    return codes.stream().map(c -> lists.label(ListKey.MUNICIPALITY, c)).toList();
  }

  /** Text split in lines, for templates that show line breaks without markup. */
  public List<String> lines(String text) {
    return text == null ? List.of() : text.lines().toList();
  }
}
