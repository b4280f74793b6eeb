package jp.yamaguchi.katsudo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: the whole application on a random port (H2 by default), driven by
 * Debian's Chromium through Playwright, with axe-core for WCAG 2 A/AA checks. Run with {@code make
 * test-browser}; the JUnit tag "browser" keeps them out of the plain test runs.
 */
@Tag("browser")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "katsudo.admin.username=" + BrowserTest.ADMIN,
      "katsudo.admin.password=" + BrowserTest.ADMIN_PASSWORD,
      "katsudo.demo.scale=standard",
      // the test clock stands still, so no form could ever be "filled for 3 seconds"; the
      // guard's timing is tested with MockMvc (FormGuardWebTest), its honeypot in the browser
      "katsudo.abuse.min-fill-time=0s"
    })
@ActiveProfiles("test")
public abstract class BrowserTest {

  public static final String ADMIN = "browser-admin";
  public static final String ADMIN_PASSWORD = "Browser-Test-Pass-2026!";
  public static final int PHONE = 375;
  public static final int DESKTOP = 1280;
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static Playwright playwright;
  private static Browser browser;
  private BrowserContext context;

  @LocalServerPort protected int port;

  /** The application's clock (the test clock): dates in fixtures and expectations come from it. */
  @Autowired protected Clock clock;

  @BeforeAll
  static void launch() {
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  static void close() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
  }

  @AfterEach
  void closeContext() {
    if (context != null) context.close();
    context = null;
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** A fresh browser tab (new cookies) of the given width. */
  protected Page newPage(int width) {
    if (context != null) context.close();
    context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(width, 900).setLocale("ja-JP"));
    return context.newPage();
  }

  /** A fresh browser tab of the given width with JavaScript turned off. */
  protected Page newPageWithoutJavaScript(int width) {
    if (context != null) context.close();
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, 900)
                .setLocale("ja-JP")
                .setJavaScriptEnabled(false));
    return context.newPage();
  }

  /** Another tab in the same browser context (same cookies). */
  protected Page sameContextPage() {
    return context.newPage();
  }

  protected Page open(String path, int width) {
    Page page = newPage(width);
    page.navigate(url(path));
    return page;
  }

  protected void loginAsAdmin(Page page) {
    page.navigate(url("/admin/login"));
    page.getByLabel("ログインID").fill(ADMIN);
    page.getByLabel("パスワード").fill(ADMIN_PASSWORD);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("ログイン"))
        .click();
    assertThat(page.url()).endsWith("/admin/");
  }

  /** Fails with a readable list when axe finds any WCAG 2.0/2.1 A or AA violation. */
  protected void assertAccessible(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setFullPage(true)
            .setPath(SCREENSHOTS.resolve(name + "-" + page.viewportSize().width + ".png")));
    AxeResults results =
        new AxeBuilder(page)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze();
    List<Rule> violations = results.getViolations();
    String report =
        violations.stream()
            .map(
                v ->
                    v.getId()
                        + ": "
                        + v.getHelp()
                        + " -> "
                        + v.getNodes().stream()
                            .map(n -> n.getTarget() + " " + n.getFailureSummary())
                            .collect(Collectors.joining("; ")))
            .collect(Collectors.joining("\n"));
    assertThat(violations).as(name + " at " + page.url() + "\n" + report).isEmpty();
  }
}
