package jp.yamaguchi.katsudo.grant.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.media.MediaRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of a grant (参考資料): uploads go through the media library, which checks them by their
 * content; the form keeps the ids, so 戻る and a re-shown form keep the files.
 */
@Component
class GrantAttachments {

  private final MediaLibrary media;

  GrantAttachments(MediaLibrary media) {
    this.media = media;
  }

  /**
   * Applies a form's removals and upload to its attachment ids. A refused upload becomes an error
   * of the {@code upload} field; nothing else changes then.
   *
   * @return false when the upload was refused
   */
  boolean apply(GrantForm form, BindingResult binding) {
    List<Long> remove = form.getRemoveAttachments();
    MultipartFile upload = form.getUpload();
    String uploadTitle = form.getUploadTitle();
    form.setRemoveAttachments(null);
    form.setUpload(null);
    form.setUploadTitle(null);
    List<Long> ids = new ArrayList<>(form.getAttachmentIds());
    if (remove != null) ids.removeAll(remove);
    form.setAttachmentIds(ids);
    if (upload == null || upload.isEmpty()) return true;
    if (ids.size() >= Grant.MAX_ATTACHMENTS) {
      binding.rejectValue(
          "upload", "e.grant.attachments.tooMany", new Object[] {Grant.MAX_ATTACHMENTS}, null);
      return false;
    }
    // the description is the title of a document and the alternative text of an image (an
    // image without one is refused by the library)
    String description = uploadTitle == null || uploadTitle.isBlank() ? null : uploadTitle.strip();
    try {
      MediaInfo stored =
          media.store(
              upload.getOriginalFilename(), upload.getSize(), upload, description, description);
      ids.add(stored.id());
      form.setAttachmentIds(ids);
      return true;
    } catch (MediaRejectedException e) {
      binding.rejectValue(
          "file".equals(e.field()) ? "upload" : "uploadTitle", e.messageId(), e.arguments(), null);
      return false;
    }
  }

  /** The files of these ids that still exist, in order. */
  List<MediaInfo> of(List<Long> ids) {
    Map<Long, MediaInfo> found = media.findAll(ids);
    return ids.stream().map(found::get).filter(m -> m != null).toList();
  }
}
