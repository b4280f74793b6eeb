package jp.yamaguchi.katsudo.core.submission.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.submission.SubmissionConfirmations;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.PageCacheFilter;
import jp.yamaguchi.katsudo.core.web.SafeRedirects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a mailed submission link opens: it names what is confirmed and has one button, so a mail
 * scanner following the link confirms nothing. The button confirms and goes on to the page the
 * owning module names.
 */
@Controller
class SubmissionConfirmController {

  private final SubmissionConfirmations confirmations;

  SubmissionConfirmController(SubmissionConfirmations confirmations) {
    this.confirmations = confirmations;
  }

  @GetMapping({"/submission/confirm", "/aikasanet/submission/confirm"})
  String page(
      @RequestParam(name = "token", required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    request.setAttribute(PageCacheFilter.NO_STORE, Boolean.TRUE);
    Optional<String> problem = confirmations.problem(token);
    if (problem.isPresent()) return error(problem.get(), response, model);
    model.addAttribute("token", token);
    model.addAttribute("pending", confirmations.find(token).orElseThrow());
    return "submission/confirm";
  }

  @PostMapping({"/submission/confirm", "/aikasanet/submission/confirm"})
  String confirm(
      @RequestParam(name = "token", required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    request.setAttribute(PageCacheFilter.NO_STORE, Boolean.TRUE);
    String next;
    try {
      next = confirmations.confirm(token, request.getSession(true));
    } catch (BusinessException e) {
      return error(e.messageId(), response, model);
    }
    return "redirect:" + SafeRedirects.localPathOr(next, "/");
  }

  private static String error(String messageId, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.GONE.value());
    model.addAttribute("problem", messageId);
    return "submission/error";
  }
}
