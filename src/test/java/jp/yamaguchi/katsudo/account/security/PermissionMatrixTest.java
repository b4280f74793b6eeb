package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.member.MemberFixtures;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * docs/permissions.md (別記2 3.2.1 の権限マトリックス) cannot drift from the application: (a) every handler
 * mapping of the running application is covered by a row of the matrix, and (b) each row's sample
 * URL, requested as 匿名, 会員, 編集者 and 管理者, gives what the row says: ○ (the request is served, see
 * {@link #outcome}), ログイン (a redirect to the right login page), × (403) or the exact status written
 * as its number (e.g. 410 for a mailed link without its token).
 *
 * <p>Every column is a real login, checked against the real security rules and session keys: 会員
 * carries the session cookie of a fresh login at {@code /login} on every request (a logout or
 * deletion in one row cannot affect the next); 編集者 and 管理者 carry the session cookie of a login of a
 * staff account of that role at {@code /admin/login}. So a staff member on the public site is what
 * they really are there: not a member.
 */
@IntegrationTest
class PermissionMatrixTest {

  static final Path DOC = Path.of("docs", "permissions.md");

  /** Where the public chain sends anonymous visitors of Supernet's member pages. */
  static final String MEMBER_LOGIN = "/login";

  static final String STAFF_LOGIN = "/admin/login";

  /** A row of the matrix. */
  record Row(
      List<String> patterns,
      Set<String> methods,
      String sample,
      Map<String, String> expected,
      int line) {}

  /** {@code /{s1:[a-z]+}} and {@code /{s1}} name the same URL pattern. */
  static String normalise(String pattern) {
    return pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
  }

  static final List<String> ROLES = List.of("匿名", "会員", "編集者", "管理者");

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    List<String> header = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.startsWith("|")) {
        header = null;
        continue;
      }
      List<String> cells =
          Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1))
              .map(String::strip)
              .toList();
      if (header == null) {
        header = cells;
        continue;
      }
      if (!header.contains("URL") || cells.getFirst().startsWith("---")) continue;
      List<String> patterns = codes(cells.get(header.indexOf("URL")));
      if (patterns.isEmpty()) continue;
      Set<String> methods =
          new TreeSet<>(Arrays.asList(cells.get(header.indexOf("Methods")).split("[,、\\s]+")));
      String sample = code(cells.get(header.indexOf("Sample")));
      var expected = new java.util.LinkedHashMap<String, String>();
      for (String role : ROLES) expected.put(role, cells.get(header.indexOf(role)));
      rows.add(new Row(patterns, methods, sample, expected, i + 1));
    }
    return rows;
  }

  private static String code(String cell) {
    List<String> all = codes(cell);
    return all.isEmpty() ? null : all.getFirst();
  }

  private static List<String> codes(String cell) {
    Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.group(1));
    return out;
  }

  @Test
  void everyHandlerMappingIsInTheMatrix() throws IOException {
    List<Row> rows = rows();
    List<String> missing = new ArrayList<>();
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        Set<String> methods = new TreeSet<>();
        if (declared.isEmpty()) methods.add("ANY");
        declared.forEach(m -> methods.add(m.name()));
        for (String pattern : info.getPatternValues()) {
          // controllers that exist only in the test sources (e.g. the guarded test form)
          if (pattern.startsWith("/test-only/")) continue;
          boolean covered =
              rows.stream()
                  .anyMatch(
                      r ->
                          r.patterns().contains(normalise(pattern))
                              && (r.methods().containsAll(methods) || r.methods().contains("ANY")));
          if (!covered) missing.add(methods + " " + pattern);
        }
      }
    }
    assertThat(missing)
        .as("handler mappings without a row in " + DOC + " (add a row per URL pattern)")
        .isEmpty();
    assertThat(rows).hasSizeGreaterThan(10);
  }

  @Test
  void everyRowSaysWhatTheApplicationDoes() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows()) {
      assertThat(row.sample()).as("sample URL of line " + row.line()).isNotNull();
      String samplePath = row.sample().replaceAll("\\?.*", "");
      assertThat(
              row.patterns().stream()
                  .anyMatch(p -> matches(PathPatternParser.defaultInstance.parse(p), samplePath)))
          .as("line %d: the sample %s matches one of %s", row.line(), row.sample(), row.patterns())
          .isTrue();
      for (String method : row.methods()) {
        HttpMethod http = HttpMethod.valueOf(method.equals("ANY") ? "GET" : method);
        for (String role : ROLES) {
          String expected = row.expected().get(role);
          if (expected.equals("－")) continue;
          Optional<RequestPostProcessor> as = as(role);
          MockHttpServletRequestBuilder request = request(http, row.sample());
          if (!http.equals(HttpMethod.GET)) request.with(csrf());
          as.ifPresent(request::with);
          MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
          String actual = outcome(row.sample(), response, expected);
          if (!actual.equals(expected)) {
            wrong.add(
                "line %d %s %s as %s: doc says %s, application does %s (%d %s)"
                    .formatted(
                        row.line(),
                        method,
                        row.sample(),
                        role,
                        expected,
                        actual,
                        response.getStatus(),
                        Optional.ofNullable(response.getRedirectedUrl()).orElse("")));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * ○, ログイン, × or a status as a number, as the matrix writes them. A number in the matrix is the
   * exact status of the sample. ○ is a request that is served: a page, a redirect that is not to a
   * login page, a form shown again with its errors (400), 「ページが見つかりません」 (404) when the sample names
   * nothing, or a method another URL of the row takes (405); but never 410 (a link that cannot be
   * used) or a server error, which the matrix must write as their number.
   */
  static String outcome(String sample, MockHttpServletResponse response, String expected) {
    int status = response.getStatus();
    if (expected.matches("\\d{3}")) return String.valueOf(status);
    String location = response.getRedirectedUrl();
    if (status == 403 || status == 401) return "×";
    if (status >= 300 && status < 400 && location != null) {
      String path = location.replaceFirst("^https?://[^/]+", "").replaceAll("\\?.*", "");
      String login =
          sample.startsWith("/admin")
              ? STAFF_LOGIN
              : sample.startsWith("/aikasanet") ? "/aikasanet" + MEMBER_LOGIN : MEMBER_LOGIN;
      if (path.equals(login)) return "ログイン";
    }
    if (status == 410 || status >= 500) return String.valueOf(status);
    return "○";
  }

  private Optional<RequestPostProcessor> as(String role) throws Exception {
    return switch (role) {
      case "会員" -> Optional.of(member());
      case "編集者" -> Optional.of(staff(StaffRole.EDITOR));
      case "管理者" -> Optional.of(staff(StaffRole.ADMIN));
      default -> Optional.empty();
    };
  }

  @Autowired StaffAccounts staffAccounts;

  private final Map<StaffRole, Cookie> staffSessions = new java.util.EnumMap<>(StaffRole.class);
  private final List<Long> staffIds = new ArrayList<>();

  @AfterEach
  void removeStaff() {
    staffIds.forEach(id -> staffAccounts.delete(id, "matrix"));
    staffIds.clear();
    staffSessions.clear();
  }

  /**
   * A signed-in staff member of {@code role}: the session cookie of a login of the matrix's own
   * staff account at {@code /admin/login} (one login per role and test; no row ends it).
   */
  RequestPostProcessor staff(StaffRole role) throws Exception {
    Cookie session = staffSessions.get(role);
    if (session == null) {
      String name =
          "matrix-"
              + role.name().toLowerCase(java.util.Locale.ROOT)
              + "-"
              + java.util.UUID.randomUUID().toString().substring(0, 8);
      String password = "Matrix-Staff-Pass-2026";
      staffIds.add(staffAccounts.create(name, "権限 確認", null, password, role).id());
      MockHttpServletResponse login =
          mvc.perform(
                  post(STAFF_LOGIN)
                      .with(csrf())
                      .param("username", name)
                      .param("password", password))
              .andReturn()
              .getResponse();
      assertThat(login.getRedirectedUrl()).as("staff login of " + name).isEqualTo("/admin/");
      session = login.getCookie("SESSION");
      assertThat(session).as("session cookie of " + name).isNotNull();
      staffSessions.put(role, session);
    }
    Cookie cookie = session;
    return request -> {
      request.setCookies(cookie);
      return request;
    };
  }

  @Autowired MemberAccounts memberAccounts;

  private MemberRef matrixMember;

  /** A signed-in member: the session cookie of a new login of the matrix's own member. */
  RequestPostProcessor member() throws Exception {
    if (matrixMember == null) matrixMember = MemberFixtures.activeMember(memberAccounts);
    Cookie session = MemberFixtures.login(mvc, matrixMember);
    return request -> {
      request.setCookies(session);
      return request;
    };
  }

  @Test
  void theForbiddenPageAndTheLoginRedirectAreJapanese() throws Exception {
    // what the servlet container shows for a 403 in the admin and on the public site
    for (String uri : List.of("/admin/staff", "/aikasanet/")) {
      String body =
          mvc.perform(
                  get("/error")
                      .with(user("matrix-editor").roles("EDITOR"))
                      .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 403)
                      .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, uri))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(body).contains("lang=\"ja\"").contains("このページを表示する権限がありません");
    }
    MockHttpServletResponse redirect = mvc.perform(get("/admin/staff")).andReturn().getResponse();
    assertThat(redirect.getRedirectedUrl()).isEqualTo(STAFF_LOGIN);
    String login =
        mvc.perform(get(redirect.getRedirectedUrl()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(login).contains("lang=\"ja\"").contains("ログインID").contains("パスワード");
  }

  static boolean matches(PathPattern pattern, String path) {
    return pattern.matches(PathContainer.parsePath(path));
  }
}
