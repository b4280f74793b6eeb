package jp.yamaguchi.katsudo.event.web;

import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.media.MediaRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores the 参考資料 uploaded with an event form through the media library (checked by content, kept
 * outside the web root) and adds their ids to the form. A refused file is reported on the {@code
 * files} field with the library's Japanese message; the files already accepted stay.
 */
@Component
class EventAttachments {

  private final MediaLibrary media;
  private final MessageSource messages;

  EventAttachments(MediaLibrary media, MessageSource messages) {
    this.media = media;
    this.messages = messages;
  }

  /** Stores the non-empty uploads; false (with an error on {@code files}) when one is refused. */
  boolean store(EventForm form, BindingResult binding) {
    List<MultipartFile> files = form.getFiles();
    form.setFiles(null);
    if (files == null) return true;
    List<Long> ids =
        new ArrayList<>(form.getAttachmentIds() == null ? List.of() : form.getAttachmentIds());
    for (MultipartFile file : files) {
      if (file == null || file.isEmpty()) continue;
      if (ids.size() >= EventItem.MAX_ATTACHMENTS) {
        binding.rejectValue(
            "files", "e.event.attachments.tooMany", new Object[] {EventItem.MAX_ATTACHMENTS}, null);
        form.setAttachmentIds(ids);
        return false;
      }
      String alt =
          messages.getMessage(
              "event.attachment.alt",
              new Object[] {form.getTitle() == null ? "" : form.getTitle().strip()},
              LocaleContextHolder.getLocale());
      try {
        MediaInfo stored = media.store(file.getOriginalFilename(), file.getSize(), file, alt, null);
        ids.add(stored.id());
      } catch (MediaRejectedException e) {
        binding.rejectValue("files", e.messageId(), e.arguments(), null);
        form.setAttachmentIds(ids);
        return false;
      } catch (BusinessException e) {
        binding.rejectValue("files", e.messageId(), e.arguments(), null);
        form.setAttachmentIds(ids);
        return false;
      }
    }
    form.setAttachmentIds(ids);
    return true;
  }

  /** The stored files of the form, in its order. */
  List<MediaInfo> of(List<Long> ids) {
    if (ids == null || ids.isEmpty()) return List.of();
    var found = media.findAll(ids);
    return ids.stream().map(found::get).filter(m -> m != null).toList();
  }
}
