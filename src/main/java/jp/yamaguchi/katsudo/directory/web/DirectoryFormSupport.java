package jp.yamaguchi.katsudo.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.media.MediaRejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * What every screen with {@link DirectoryForm} needs besides the form: the choices of its lists
 * ({@link #addOptions}, model attributes {@code dirOptions} and {@code dirFiles} used by {@code
 * templates/directory/form-fields.html}) and the handling of its reference files ({@link
 * #applyFiles}): uploads are checked by content through the media library and by the directory's
 * own size limit ({@code katsudo.directory.max-file-size}, 5MB), then kept as media ids in the
 * form.
 */
@Component
public class DirectoryFormSupport {

  /** The choices the form fields offer. */
  public record Options(
      List<Choice> classifications,
      List<Choice> statuses,
      List<Choice> activityFields,
      List<Choice> targetAreas,
      List<Choice> municipalities,
      List<Choice> prefectures,
      List<Choice> addressMunicipalities,
      List<Choice> budgetRanges,
      List<Choice> features,
      List<Choice> requirements,
      String maxFileSize) {}

  private final Lists lists;
  private final DirectoryFormValidator validator;
  private final MediaLibrary media;
  private final MessageSource messages;
  private final DataSize maxFileSize;

  DirectoryFormSupport(
      Lists lists,
      DirectoryFormValidator validator,
      MediaLibrary media,
      MessageSource messages,
      @Value("${katsudo.directory.max-file-size:5MB}") DataSize maxFileSize) {
    this.lists = lists;
    this.validator = validator;
    this.media = media;
    this.messages = messages;
    this.maxFileSize = maxFileSize;
  }

  /** Adds {@code dirOptions} (choices) and {@code dirFiles} (the attached files by slot). */
  public void addOptions(Model model, DirectoryForm form) {
    model.addAttribute("dirOptions", options(form.getKind()));
    Map<Integer, MediaInfo> files = files(form);
    List<MediaInfo> bySlot = new ArrayList<>();
    for (int slot = 1; slot <= DirectoryForm.SLOTS; slot++) bySlot.add(files.get(slot));
    model.addAttribute("dirFiles", bySlot);
  }

  public Options options(OrganisationKind kind) {
    List<Choice> supernetFields = lists.choices(ListKey.ACTIVITY_FIELD, "SUPERNET");
    List<Choice> addressMunicipalities = new ArrayList<>(lists.choices(ListKey.MUNICIPALITY));
    addressMunicipalities.add(
        new Choice(
            DirectoryEntries.OUTSIDE_PREFECTURE, msg("directory.municipality.outside"), Set.of()));
    List<Choice> statuses = new ArrayList<>();
    for (DirectoryStatus s : DirectoryStatus.values()) {
      statuses.add(new Choice(s.name(), msg(s.messageKey()), Set.of()));
    }
    return new Options(
        validator.classifications(kind),
        statuses,
        supernetFields.isEmpty() ? lists.choices(ListKey.ACTIVITY_FIELD) : supernetFields,
        lists.choices(ListKey.TARGET_AREA),
        lists.choices(ListKey.MUNICIPALITY),
        lists.choices(ListKey.PREFECTURE),
        List.copyOf(addressMunicipalities),
        lists.choices(ListKey.BUDGET_RANGE),
        lists.choices(ListKey.FEATURE),
        validator.requirements(),
        MediaInfo.sizeLabel(maxFileSize.toBytes()));
  }

  /** The files attached to the form, by slot (1..3). */
  public Map<Integer, MediaInfo> files(DirectoryForm form) {
    Map<Integer, MediaInfo> out = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>();
    for (int slot = 1; slot <= DirectoryForm.SLOTS; slot++) {
      if (form.fileMediaId(slot) != null) ids.add(form.fileMediaId(slot));
    }
    if (ids.isEmpty()) return out;
    Map<Long, MediaInfo> found = media.findAll(ids);
    for (int slot = 1; slot <= DirectoryForm.SLOTS; slot++) {
      MediaInfo info = found.get(form.fileMediaId(slot));
      if (info != null) out.put(slot, info);
    }
    return out;
  }

  /**
   * Applies the file part of a POST: a ticked 「このファイルを削除する」 detaches the slot's file; a new upload
   * replaces it once the media library accepted it (checked by content; disguised or unsupported
   * files and files over the limit are refused with a message on {@code uploadN}). Stored files
   * stay attached even when other fields are wrong, so the person does not choose them again.
   * Detached files stay in the media library (staff may delete them there).
   */
  public void applyFiles(DirectoryForm form, Errors errors) {
    for (int slot = 1; slot <= DirectoryForm.SLOTS; slot++) {
      if (form.removeFile(slot)) form.setFileMediaId(slot, null);
      MultipartFile upload = form.upload(slot);
      if (upload == null
          || upload.isEmpty() && Objects.toString(upload.getOriginalFilename(), "").isEmpty()) {
        continue;
      }
      String field = "upload" + slot;
      if (upload.getSize() > maxFileSize.toBytes()) {
        errors.rejectValue(
            field,
            "e.directory.file.tooLarge",
            new Object[] {
              MediaInfo.sizeLabel(maxFileSize.toBytes()), MediaInfo.sizeLabel(upload.getSize())
            },
            null);
        continue;
      }
      try {
        MediaInfo info =
            media.store(
                upload.getOriginalFilename(),
                upload.getSize(),
                upload::getInputStream,
                upload.getOriginalFilename(),
                null);
        form.setFileMediaId(slot, info.id());
      } catch (MediaRejectedException e) {
        errors.rejectValue(field, e.messageId(), e.arguments(), null);
      }
    }
    form.clearFileRequests();
  }

  private String msg(String key) {
    return messages.getMessage(key, null, Locale.JAPANESE);
  }
}
