package jp.yamaguchi.katsudo.media.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.domain.MediaProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload larger than the multipart limit never reaches the media controller; for the media
 * library's upload it becomes the same Japanese message on the upload form instead of an error
 * page. Other uploads keep the default handling.
 */
@ControllerAdvice
class UploadLimitAdvice {

  private final MessageSource messages;
  private final MediaProperties properties;

  UploadLimitAdvice(MessageSource messages, MediaProperties properties) {
    this.messages = messages;
    this.properties = properties;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
      throws MaxUploadSizeExceededException {
    if (!request.getRequestURI().equals("/admin/media")) throw e;
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    flash.put(
        "error",
        messages.getMessage(
            "e.media.file.tooLarge.request",
            new Object[] {MediaInfo.sizeLabel(properties.largestBytes())},
            LocaleContextHolder.getLocale()));
    RequestContextUtils.saveOutputFlashMap("/admin/media/new", request, response);
    return "redirect:/admin/media/new";
  }
}
