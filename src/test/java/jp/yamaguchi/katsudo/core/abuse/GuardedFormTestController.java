package jp.yamaguchi.katsudo.core.abuse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Test-only public form using the guard exactly as package-info describes (there is no public form
 * in the application yet). Exists only on the test classpath.
 */
@Controller
class GuardedFormTestController {

  static final String PATH = "/test-only/guarded-form";
  static final String FORM = "test-contact";

  private final FormGuard guard;

  GuardedFormTestController(FormGuard guard) {
    this.guard = guard;
  }

  public static class ContactForm {
    @NotBlank(message = "メールアドレスを入力してください。")
    private String email;

    private String message;

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getMessage() {
      return message;
    }

    public void setMessage(String message) {
      this.message = message;
    }
  }

  @GetMapping(PATH)
  String show(Model model) {
    model.addAttribute("form", new ContactForm());
    return "abusetest/form";
  }

  @PostMapping(PATH)
  String send(
      @Valid @ModelAttribute("form") ContactForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!guard.passes(
        request,
        response,
        result,
        FORM,
        Limit.perClient(FORM, 3, Duration.ofHours(1)),
        Limit.perTarget(FORM + "-mail", form.getEmail(), 2, Duration.ofHours(1)))) {
      return "abusetest/form";
    }
    if (result.hasErrors()) return "abusetest/form";
    model.addAttribute("sent", true);
    return "abusetest/form";
  }
}
