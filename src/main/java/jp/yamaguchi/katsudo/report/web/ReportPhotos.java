package jp.yamaguchi.katsudo.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.media.MediaRejectedException;
import jp.yamaguchi.katsudo.report.domain.ActivityReport;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of a report: uploads go through the media library (checked by content), must be images and
 * must carry an alternative text; the form keeps their ids, so 戻る keeps them.
 */
@Component
class ReportPhotos {

  private final MediaLibrary media;

  ReportPhotos(MediaLibrary media) {
    this.media = media;
  }

  /** Applies removals and the upload; false when the photo was refused (an error on the form). */
  boolean apply(ReportForm form, BindingResult binding) {
    List<Long> ids = new ArrayList<>(form.getPhotoIds());
    ids.removeAll(form.getRemovePhotos());
    MultipartFile photo = form.getPhoto();
    String alt = form.getPhotoAlt();
    form.setRemovePhotos(null);
    form.setPhoto(null);
    form.setPhotoIds(ids);
    if (photo == null || photo.isEmpty()) return true;
    if (ids.size() >= ActivityReport.MAX_PHOTOS) {
      binding.rejectValue(
          "photo", "e.report.photos.tooMany", new Object[] {ActivityReport.MAX_PHOTOS}, null);
      return false;
    }
    if (alt == null || alt.isBlank()) {
      binding.rejectValue("photoAlt", "e.report.photoAlt.required");
      return false;
    }
    MediaInfo stored;
    try {
      stored = media.store(photo.getOriginalFilename(), photo.getSize(), photo, alt, null);
    } catch (MediaRejectedException e) {
      binding.rejectValue(
          "alt".equals(e.field()) ? "photoAlt" : "photo", e.messageId(), e.arguments(), null);
      return false;
    }
    if (!stored.image()) {
      media.delete(stored.id());
      binding.rejectValue("photo", "e.report.photo.notImage");
      return false;
    }
    ids.add(stored.id());
    form.setPhotoIds(ids);
    form.setPhotoAlt(null);
    return true;
  }

  List<MediaInfo> of(List<Long> ids) {
    Map<Long, MediaInfo> found = media.findAll(ids);
    return ids.stream().map(found::get).filter(m -> m != null && m.image()).toList();
  }

  /** The first photo of each list (or null), in one query, for list thumbnails. */
  List<MediaInfo> firstOf(List<List<Long>> lists) {
    List<Long> firsts = lists.stream().map(l -> l.isEmpty() ? null : l.getFirst()).toList();
    Map<Long, MediaInfo> found = media.findAll(firsts.stream().filter(i -> i != null).toList());
    List<MediaInfo> covers = new ArrayList<>();
    for (Long id : firsts) covers.add(id == null ? null : found.get(id));
    return covers;
  }
}
