package jp.yamaguchi.katsudo.account.web;

import java.security.Principal;
import jp.yamaguchi.katsudo.account.security.StaffLoginCodes;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 確認コードの入力: the second step of the staff login when two factors are required. Only someone who has
 * just typed a correct password reaches it (the security rules say so); the code itself is checked
 * by Spring Security's one-time-token login at {@code POST /admin/login/code}.
 */
@Controller
class SecondFactorController {

  /** The code form: one field. */
  public static class CodeForm {
    private String code;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }
  }

  private final StaffLoginCodes codes;
  private final boolean enabled;

  SecondFactorController(
      StaffLoginCodes codes, @Value("${katsudo.security.staff-two-factor:false}") boolean enabled) {
    this.codes = codes;
    this.enabled = enabled;
  }

  @GetMapping("/admin/login/code")
  String form(
      @RequestParam(name = "error", required = false) String error,
      Principal principal,
      Model model) {
    if (!enabled) throw new NotFoundException("second factor is off");
    CodeForm form = new CodeForm();
    model.addAttribute("codeForm", form);
    if (error != null) {
      BindingResult result = new BeanPropertyBindingResult(form, "codeForm");
      result.rejectValue("code", "e.security.code.wrong");
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "codeForm", result);
    }
    model.addAttribute("address", codes.maskedAddress(principal.getName()));
    model.addAttribute("digits", StaffLoginCodes.DIGITS);
    model.addAttribute("minutes", codes.validity().toMinutes());
    model.addAttribute("secondStep", true);
    return "account/security/code";
  }
}
