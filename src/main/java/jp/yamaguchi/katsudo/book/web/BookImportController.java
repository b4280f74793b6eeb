package jp.yamaguchi.katsudo.book.web;

import java.io.IOException;
import java.security.Principal;
import jp.yamaguchi.katsudo.book.domain.BookImports;
import jp.yamaguchi.katsudo.book.domain.ImportPreview;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CSV import of the catalogue: upload ({@code /admin/books/import}), preview ({@code
 * /admin/books/import/{token}}) and import (POST to the preview). Nothing is imported while a row
 * has a problem.
 */
@Controller
@RequestMapping("/admin/books/import")
class BookImportController {

  private final BookImports imports;
  private final MessageSource messages;

  BookImportController(BookImports imports, MessageSource messages) {
    this.imports = imports;
    this.messages = messages;
  }

  /** The upload form's one field. */
  public static class UploadForm {
    private MultipartFile file;

    public MultipartFile getFile() {
      return file;
    }

    public void setFile(MultipartFile file) {
      this.file = file;
    }
  }

  @GetMapping
  String form(Model model) {
    model.addAttribute("form", new UploadForm());
    return "book/admin/import";
  }

  @PostMapping
  String upload(
      @ModelAttribute("form") UploadForm form, BindingResult binding, Principal user, Model model)
      throws IOException {
    MultipartFile file = form.getFile();
    if (file == null || file.isEmpty()) {
      binding.rejectValue("file", "e.book.import.noFile");
      return "book/admin/import";
    }
    ImportPreview preview;
    try {
      preview = imports.upload(file.getOriginalFilename(), file.getBytes(), user.getName());
    } catch (BusinessException e) {
      binding.rejectValue("file", e.messageId(), e.arguments(), null);
      return "book/admin/import";
    }
    return "redirect:/admin/books/import/" + preview.token();
  }

  @GetMapping("/{token}")
  String preview(@PathVariable String token, Principal user, Model model) {
    ImportPreview preview = imports.preview(token, user.getName());
    model.addAttribute("preview", preview);
    if (!preview.ok()) markErrors(model);
    return "book/admin/preview";
  }

  @PostMapping("/{token}")
  String apply(
      @PathVariable String token, Principal user, Model model, RedirectAttributes redirect) {
    BookImports.Result result;
    try {
      result = imports.apply(token, user.getName());
    } catch (BusinessException e) {
      ImportPreview preview = imports.preview(token, user.getName());
      model.addAttribute("preview", preview);
      markErrors(model);
      model.addAttribute("error", msg(e.messageId(), e.arguments()));
      return "book/admin/preview";
    }
    redirect.addFlashAttribute(
        "success", msg("book.import.done", result.created(), result.updated(), result.unchanged()));
    return "redirect:/admin/books";
  }

  /** Lets the layout start the title with 「エラー：」 like every form with errors. */
  private static void markErrors(Model model) {
    var result = new BeanPropertyBindingResult(new Object(), "importCheck");
    result.reject("e.book.import.hasErrors");
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "importCheck", result);
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
