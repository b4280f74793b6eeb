package jp.yamaguchi.katsudo.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** HOME of Supernet and of Aikasanet. */
@Controller
class HomeController {

  @GetMapping("/")
  String supernet() {
    return "home/supernet";
  }

  @GetMapping({"/aikasanet", "/aikasanet/"})
  String aikasanet() {
    return "home/aikasanet";
  }
}
