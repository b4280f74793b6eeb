package jp.yamaguchi.katsudo.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules (別記2 3.1.3), checked with Passay: at least {@link #MEMBER_MIN} characters for
 * members and {@link #STAFF_MIN} for staff, up to {@link #MAX} (so 64 and 128 are accepted), every
 * kind of character allowed (no composition rules), and refused when it is a common password or
 * contains the login ID. Returns message keys ({@code e.password.*}) for the form to show.
 */
@Component
public class PasswordPolicy {

  public static final int MEMBER_MIN = 8;
  public static final int STAFF_MIN = 12;
  public static final int MAX = 256;

  private final WordListDictionary common;

  public PasswordPolicy() {
    this.common = new WordListDictionary(loadCommon());
  }

  /** A broken rule: the message key and its argument (a length), for {@code #{key(arg)}}. */
  public record Violation(String messageKey, Object argument) {}

  /** The rules {@code password} breaks, for a member (min 8) or staff (min 12) account. */
  public List<Violation> check(String password, String loginId, boolean staff) {
    int min = staff ? STAFF_MIN : MEMBER_MIN;
    List<Violation> out = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      out.add(new Violation("e.password.required", null));
      return out;
    }
    PasswordValidator validator =
        new PasswordValidator(
            new LengthRule(min, MAX), new DictionaryRule(common), new UsernameRule(true, true));
    PasswordData data = new PasswordData(loginId == null ? "" : loginId.strip(), password);
    RuleResult result = validator.validate(data);
    Set<String> seen = new LinkedHashSet<>();
    for (RuleResultDetail d : result.getDetails()) {
      String key =
          switch (d.getErrorCode()) {
            case LengthRule.ERROR_CODE_MIN -> "e.password.tooShort";
            case LengthRule.ERROR_CODE_MAX -> "e.password.tooLong";
            case DictionaryRule.ERROR_CODE -> "e.password.common";
            default ->
                d.getErrorCode().startsWith("ILLEGAL_USERNAME") ? "e.password.loginId" : null;
          };
      if (key != null && seen.add(key)) {
        Object arg =
            switch (key) {
              case "e.password.tooShort" -> min;
              case "e.password.tooLong" -> MAX;
              default -> null;
            };
        out.add(new Violation(key, arg));
      }
    }
    return out;
  }

  private static ArrayWordList loadCommon() {
    List<String> words = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) words.add(w);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the common password list", e);
    }
    return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
  }
}
